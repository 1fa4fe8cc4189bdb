package org.misconduct.intake;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.misconduct.testinfra.ServiceArchitecture;

@AnalyzeClasses(packages = "org.misconduct.intake", importOptions = ImportOption.DoNotIncludeTests.class)
class IntakeArchitectureTest {

    @ArchTest
    static final ArchRule reachesIntoNoOtherService = ServiceArchitecture.reachesIntoNoOtherService(
            "org.misconduct.investigation", "org.misconduct.victimassistance", "org.misconduct.reporting");

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfTheWebLayer = ServiceArchitecture.theDomainKnowsNothingOfTheWebLayer();

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfThePublishedContract = ServiceArchitecture.theDomainKnowsNothingOfThePublishedContract();
}
