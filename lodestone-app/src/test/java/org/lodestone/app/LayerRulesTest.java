package org.lodestone.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The app uses every module below it, but OR-Tools only through the planner's port and Spark not
 * at all: {@code --engine spark} starts lodestone-spark's job jar in a child JVM (SparkEngine).
 */
@AnalyzeClasses(packages = "org.lodestone.app", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule orToolsOnlyInThePlanner = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.google.ortools..")
            .because("the solver library is imported in org.lodestone.planner.ortools only");

    @ArchTest
    static final ArchRule noSpark = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.apache.spark..", "org.lodestone.spark..")
            .because("Spark runs in a child JVM, so that the plain CLI carries no Spark");
}
