package org.misconduct.contracts;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.investigation.ClockBreached;
import org.misconduct.contracts.investigation.EvidencePreserved;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.contracts.victimassistance.VictimRegistered;

/** Every published event type by its CloudEvent {@code type}, for consumers to decode. */
public final class PublishedEventCatalogue {

    private static final Map<String, Class<? extends PublishedEvent>> TYPES = Stream.of(
                    AllegationRegistered.class,
                    AllegationAssessed.class,
                    AllegationReferred.class,
                    InvestigationOpened.class,
                    EvidencePreserved.class,
                    ClockBreached.class,
                    VictimRegistered.class)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private PublishedEventCatalogue() {
    }

    /** Empty for a type this build does not know yet: consumers skip what they cannot read. */
    public static Optional<Class<? extends PublishedEvent>> classOf(String eventType) {
        return Optional.ofNullable(TYPES.get(eventType));
    }
}
