package org.misconduct.investigation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.misconduct.testinfra.ServiceArchitecture;

@AnalyzeClasses(packages = "org.misconduct.investigation", importOptions = ImportOption.DoNotIncludeTests.class)
class InvestigationArchitectureTest {

    @ArchTest
    static final ArchRule reachesIntoNoOtherService = ServiceArchitecture.reachesIntoNoOtherService(
            "org.misconduct.intake", "org.misconduct.victimassistance", "org.misconduct.reporting");

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfTheWebLayer = ServiceArchitecture.theDomainKnowsNothingOfTheWebLayer();

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfThePublishedContract = ServiceArchitecture.theDomainKnowsNothingOfThePublishedContract();

    /** Each feature reads alone: it may use the case's opening, its clocks and its narratives, never the case root or the edge. */
    @ArchTest
    static final ArchRule featuresDependOnlyDownwards = noClasses()
            .that().resideInAnyPackage("..investigation.evidence..", "..investigation.memberstate..", "..investigation.measures..",
                    "..investigation.outcome..", "..investigation.assignment..", "..investigation.clocks..",
                    "..investigation.caseopening..", "..investigation.subjects..", "..investigation.screening..",
                    "..investigation.identifiers..")
            .should().dependOnClassesThat().resideInAnyPackage("..investigation.casefile..", "..investigation.queue..",
                    "..investigation.history..", "..investigation.publication..", "..investigation.access..");

    /** Who may see a case is decided in one place, at the edge, before a request reaches a feature. */
    @ArchTest
    static final ArchRule onlyAccessKnowsSecurity = noClasses()
            .that().resideOutsideOfPackages("..investigation.access..", "org.misconduct.investigation")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.security..");
}
