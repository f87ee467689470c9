package org.lodestone.store;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The store sits below the app: it keeps what the app runs and never calls back into it. */
@AnalyzeClasses(packages = "org.lodestone.store", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule storeNeverUsesApp = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.lodestone.app..", "org.lodestone.spark..", "org.lodestone.bench..")
            .because("core <- io/planner <- store <- app");

    @ArchTest
    static final ArchRule noSpark = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.spark..")
            .because("only lodestone-spark uses Spark");
}
