package org.misconduct.victimassistance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.testinfra.ServiceArchitecture;

@AnalyzeClasses(packages = "org.misconduct.victimassistance", importOptions = ImportOption.DoNotIncludeTests.class)
class VictimAssistanceArchitectureTest {

    @ArchTest
    static final ArchRule reachesIntoNoOtherService = ServiceArchitecture.reachesIntoNoOtherService(
            "org.misconduct.intake", "org.misconduct.investigation", "org.misconduct.reporting");

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfTheWebLayer = ServiceArchitecture.theDomainKnowsNothingOfTheWebLayer();

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfThePublishedContract = ServiceArchitecture.theDomainKnowsNothingOfThePublishedContract();

    @ArchTest
    static final ArchRule theVictimKnowsNothingOfItsViews = noClasses()
            .that().resideInAPackage("..victimassistance.victim..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..victimassistance.registry..", "..victimassistance.knowncase..", "..victimassistance.publication..");

    @ArchTest
    static final ArchRule knownCasesAreLearntFromIntakeAlone = noClasses()
            .that().resideInAPackage("..victimassistance.knowncase..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..victimassistance.victim..", "..victimassistance.registry..", "..victimassistance.publication..");

    @ArchTest
    static final ArchRule personalDataIsOpenedOnlyWhereOfficersReadIt = noClasses()
            .that().resideOutsideOfPackage("..victimassistance.registry..")
            .should().callMethod(PersonalDataVault.class, "open", String.class, String.class);

    @ArchTest
    static final ArchRule thePublicationNeverSeesThePersonalDataVault = noClasses()
            .that().resideInAPackage("..victimassistance.publication..")
            .should().dependOnClassesThat().belongToAnyOf(PersonalDataVault.class);

    @ArchTest
    static final ArchRule clocksKnowNothingOfTheWebOrThePublication = noClasses()
            .that().resideInAPackage("..victimassistance.clock..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "..victimassistance.registry..", "..victimassistance.assistance..", "..victimassistance.paternity..",
                    "..victimassistance.publication..", "org.misconduct.contracts.clocks..", "org.springframework.web..");

    @ArchTest
    static final ArchRule assistanceNeverTouchesPersonalData = noClasses()
            .that().resideInAnyPackage("..victimassistance.assistance..", "..victimassistance.paternity..")
            .should().dependOnClassesThat().belongToAnyOf(PersonalDataVault.class);
}
