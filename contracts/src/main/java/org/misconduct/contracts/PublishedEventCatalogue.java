package org.misconduct.contracts;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.clocks.ClockExtended;
import org.misconduct.contracts.integrity.ChainCheckpoint;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationClosed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.intake.NonUnForcesNotified;
import org.misconduct.contracts.investigation.ContingentFlagged;
import org.misconduct.contracts.investigation.ContingentRepatriated;
import org.misconduct.contracts.investigation.CriminalReferralMade;
import org.misconduct.contracts.investigation.DisciplinaryActionTaken;
import org.misconduct.contracts.investigation.EvidencePreserved;
import org.misconduct.contracts.investigation.InterimMeasureLifted;
import org.misconduct.contracts.investigation.InvestigatingEntityChanged;
import org.misconduct.contracts.investigation.InterimMeasureTaken;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.contracts.investigation.MemberStateNotified;
import org.misconduct.contracts.investigation.MemberStateResponded;
import org.misconduct.contracts.investigation.NioAppointed;
import org.misconduct.contracts.investigation.SuspendedPaymentReleased;
import org.misconduct.contracts.investigation.SuspendedPaymentTransferred;
import org.misconduct.contracts.victimassistance.AssistanceDelivered;
import org.misconduct.contracts.victimassistance.PaternityClaimUpdated;
import org.misconduct.contracts.victimassistance.SharingConsentChanged;
import org.misconduct.contracts.victimassistance.VictimRegistered;

/** Every published event type by its CloudEvent {@code type}, for consumers to decode. */
public final class PublishedEventCatalogue {

    private static final Map<String, Class<? extends PublishedEvent>> TYPES = Stream.of(
                    ClockBreached.class,
                    ClockExtended.class,
                    ChainCheckpoint.class,
                    AllegationAssessed.class,
                    AllegationClosed.class,
                    AllegationReferred.class,
                    AllegationRegistered.class,
                    NonUnForcesNotified.class,
                    ContingentFlagged.class,
                    ContingentRepatriated.class,
                    CriminalReferralMade.class,
                    DisciplinaryActionTaken.class,
                    EvidencePreserved.class,
                    InterimMeasureLifted.class,
                    InterimMeasureTaken.class,
                    InvestigatingEntityChanged.class,
                    InvestigationCompleted.class,
                    InvestigationOpened.class,
                    MemberStateNotified.class,
                    MemberStateResponded.class,
                    NioAppointed.class,
                    SuspendedPaymentReleased.class,
                    SuspendedPaymentTransferred.class,
                    AssistanceDelivered.class,
                    PaternityClaimUpdated.class,
                    SharingConsentChanged.class,
                    VictimRegistered.class)
            .collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));

    private PublishedEventCatalogue() {
    }

    /** Empty for a type this build does not know yet: consumers skip what they cannot read. */
    public static Optional<Class<? extends PublishedEvent>> classOf(String eventType) {
        return Optional.ofNullable(TYPES.get(eventType));
    }
}
