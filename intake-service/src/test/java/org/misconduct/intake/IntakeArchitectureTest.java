package org.misconduct.intake;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.misconduct.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class IntakeArchitectureTest {

    @ArchTest
    static final ArchRule reachesIntoNoOtherService = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.misconduct.investigation..", "org.misconduct.victimassistance..", "org.misconduct.reporting..");

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfThePublishedContract = noClasses()
            .that().resideInAPackage("..intake.allegation..")
            .should().dependOnClassesThat().resideInAnyPackage("org.misconduct.contracts..", "org.misconduct.streaming..");

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfTheWebLayer = noClasses()
            .that().resideInAPackage("..intake.allegation..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..intake.complaint..", "..intake.triage..", "..intake.publication..", "org.springframework.web..");
}
