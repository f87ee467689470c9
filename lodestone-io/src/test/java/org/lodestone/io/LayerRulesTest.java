package org.lodestone.io;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.lodestone.core.ario.ArioModel;
import org.lodestone.core.ario.ArioRun;

/** io reads and writes files for core: it uses no other module of ours and never runs the engine. */
@AnalyzeClasses(packages = "org.lodestone.io", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule ioUsesOnlyCore = noClasses()
            .should()
            .dependOnClassesThat(resideInAPackage("org.lodestone..")
                    .and(not(resideInAnyPackage("org.lodestone.core..", "org.lodestone.io.."))))
            .because("io sits on core, beside the planner (core <- io/planner <- store <- app)");

    // ArioRun is the only public way into a run (the engine's other run classes are package-private);
    // the model a run steps is built by core's binder. io's writers may listen to steps.
    @ArchTest
    static final ArchRule ioNeverBuildsNorRunsTheEngine = noClasses()
            .should()
            .dependOnClassesThat()
            .belongToAnyOf(ArioRun.class, ArioModel.class)
            .because("io reads scenarios and writes results; binding is core's and running is the app's");

    @ArchTest
    static final ArchRule noSpark = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.apache.spark..")
            .because("only lodestone-spark uses Spark");
}
