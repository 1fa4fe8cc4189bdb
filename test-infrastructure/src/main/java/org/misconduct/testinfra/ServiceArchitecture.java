package org.misconduct.testinfra;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The rules every service's architecture test holds its code to. The domain is what decides: aggregates, their
 * members, commands and events. It knows neither the web, nor security, nor the published contract beyond its
 * shared codes, nor how events travel; those are adapters at its edge.
 */
public final class ServiceArchitecture {

    private static final String AGGREGATE = "org.axonframework.spring.stereotype.Aggregate";
    private static final String AGGREGATE_MEMBER = "org.axonframework.modelling.command.AggregateMember";
    private static final String REVISION = "org.axonframework.serialization.Revision";
    private static final String TARGET = "org.axonframework.modelling.command.TargetAggregateIdentifier";

    private static final String[] WEB = {"org.springframework.web..", "org.springframework.security..", "org.misconduct.web..",
            "jakarta.servlet.."};
    private static final String[] PUBLISHED = {"org.misconduct.contracts.intake..", "org.misconduct.contracts.investigation..",
            "org.misconduct.contracts.victimassistance..", "org.misconduct.contracts.clocks..", "org.misconduct.streaming..",
            "org.apache.kafka..", "org.springframework.kafka..", "org.springframework.jdbc.."};

    private ServiceArchitecture() {
    }

    /** Other services are reached only through their published events. */
    public static ArchRule reachesIntoNoOtherService(String... otherServicePackages) {
        String[] packages = new String[otherServicePackages.length];
        for (int i = 0; i < packages.length; i++) {
            packages[i] = otherServicePackages[i] + "..";
        }
        return noClasses().should().dependOnClassesThat().resideInAnyPackage(packages);
    }

    /** No class in the package of an aggregate root, and no aggregate, member, command or event anywhere, knows the web. */
    public static ArchRule theDomainKnowsNothingOfTheWebLayer() {
        return noClasses().that(inAnAggregatesPackage().or(domain()))
                .should().dependOnClassesThat().resideInAnyPackage(WEB)
                .because("rule violations are domain exceptions that the web edge maps to problem+json");
    }

    /** The domain decides on its own events; what other services read is mapped from them at the edge. */
    public static ArchRule theDomainKnowsNothingOfThePublishedContract() {
        return noClasses().that(domain())
                .should().dependOnClassesThat().resideInAnyPackage(PUBLISHED)
                .because("published events are a contract separate from internal ones; only the shared codes cross");
    }

    static DescribedPredicate<JavaClass> domain() {
        return DescribedPredicate.describe("aggregates, their members, commands and events", type ->
                type.isAnnotatedWith(AGGREGATE) || type.isAnnotatedWith(REVISION) || isCommand(type) || isMember(type));
    }

    static DescribedPredicate<JavaClass> inAnAggregatesPackage() {
        return DescribedPredicate.describe("in the package of an aggregate", type ->
                type.getPackage().getClasses().stream().anyMatch(other -> other.isAnnotatedWith(AGGREGATE)));
    }

    private static boolean isCommand(JavaClass type) {
        return type.getAllFields().stream().anyMatch(field -> field.isAnnotatedWith(TARGET))
                || type.getConstructors().stream().anyMatch(constructor -> constructor.getParameters().stream()
                .anyMatch(parameter -> parameter.isAnnotatedWith(TARGET)));
    }

    private static boolean isMember(JavaClass type) {
        return type.getDirectDependenciesToSelf().stream()
                .map(dependency -> dependency.getOriginClass())
                .filter(owner -> owner.isAnnotatedWith(AGGREGATE))
                .flatMap(owner -> owner.getFields().stream())
                .filter(field -> field.isAnnotatedWith(AGGREGATE_MEMBER))
                .map(JavaField::getRawType)
                .anyMatch(type::equals);
    }
}
