package org.lodestone.planner;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The planner sits on core; OR-Tools stays behind the {@code LpSolver} port in one adapter package. */
@AnalyzeClasses(packages = "org.lodestone.planner", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule plannerUsesOnlyCore = noClasses()
            .should()
            .dependOnClassesThat(resideInAPackage("org.lodestone..")
                    .and(not(resideInAnyPackage("org.lodestone.core..", "org.lodestone.planner.."))))
            .because("the planner sits on core, beside io, and never uses store or app");

    @ArchTest
    static final ArchRule orToolsOnlyInItsAdapter = noClasses()
            .that()
            .resideOutsideOfPackage("org.lodestone.planner.ortools..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("com.google.ortools..")
            .because("the solver library is imported in one adapter package only");

    @ArchTest
    static final ArchRule noSpark = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.spark..")
            .because("only lodestone-spark uses Spark");
}
