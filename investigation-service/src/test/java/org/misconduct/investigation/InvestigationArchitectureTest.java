package org.misconduct.investigation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.web.bind.annotation.RestController;

@AnalyzeClasses(packages = "org.misconduct.investigation", importOptions = ImportOption.DoNotIncludeTests.class)
class InvestigationArchitectureTest {

    @ArchTest
    static final ArchRule reachesIntoNoOtherService = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.misconduct.intake..", "org.misconduct.victimassistance..", "org.misconduct.reporting..");

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfThePublishedContract = noClasses()
            .that().resideInAnyPackage("..investigation.cases..", "..investigation.clock..")
            .should().dependOnClassesThat().resideInAnyPackage("org.misconduct.contracts..", "org.misconduct.streaming..");

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfTheWebLayer = noClasses()
            .that().resideInAnyPackage("..investigation.cases..", "..investigation.clock..")
            .and().areNotAnnotatedWith(RestController.class)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..investigation.queue..", "..investigation.referral..", "..investigation.publication..", "org.springframework.web..");
}
