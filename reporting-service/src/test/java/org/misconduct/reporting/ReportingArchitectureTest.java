package org.misconduct.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.misconduct.testinfra.ServiceArchitecture;

@AnalyzeClasses(packages = "org.misconduct.reporting", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportingArchitectureTest {

    /** Other services are reached only through their published events; their top-level packages, not features named alike here. */
    @ArchTest
    static final ArchRule reachesIntoNoOtherService = ServiceArchitecture.reachesIntoNoOtherService(
            "org.misconduct.intake", "org.misconduct.investigation", "org.misconduct.victimassistance");

    /** Reporting holds projections only; its history is the ledger of received events, not an event store. */
    @ArchTest
    static final ArchRule usesNoAxon = noClasses()
            .should().dependOnClassesThat().resideInAnyPackage("org.axonframework..");

    /** The ledger feeds every projection and must keep working when one is added or removed. */
    @ArchTest
    static final ArchRule theLedgerKnowsNoProjection = noClasses()
            .that().resideInAPackage("org.misconduct.reporting.ledger..")
            .should().dependOnClassesThat().resideInAPackage("org.misconduct.reporting.disclosure..");

    /** Figures are computed from the received events alone; only controllers, pages and the security edge know the web. */
    @ArchTest
    static final ArchRule theFiguresKnowNothingOfTheWebLayer = noClasses()
            .that().haveSimpleNameEndingWith("Calculation").or().haveSimpleNameEndingWith("State")
            .or().haveSimpleNameEndingWith("Projection").or().resideInAPackage("..reporting.ledger..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.springframework.web..", "org.springframework.security..", "org.misconduct.web..", "jakarta.servlet..");
}
