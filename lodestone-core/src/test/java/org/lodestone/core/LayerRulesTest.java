package org.lodestone.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core is the bottom layer: the model, the analyses and the engine, on the JDK alone (README, "Build gates"). */
@AnalyzeClasses(packages = "org.lodestone.core", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule coreUsesOnlyTheJdk = classes()
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", "org.lodestone.core..")
            .because("lodestone-core depends on nothing of ours and on the JDK only");
}
