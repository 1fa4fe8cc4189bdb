package org.misconduct.contracts;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.clocks.ClockExtended;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationClosed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.intake.NonUnForcesNotified;
import org.misconduct.contracts.investigation.ContingentFlagged;
import org.misconduct.contracts.investigation.ContingentRepatriated;
import org.misconduct.contracts.investigation.CriminalReferralMade;
import org.misconduct.contracts.investigation.CriminalReferralOutcomeRecorded;
import org.misconduct.contracts.investigation.DisciplinaryActionTaken;
import org.misconduct.contracts.investigation.EvidencePreserved;
import org.misconduct.contracts.investigation.InterimMeasureLifted;
import org.misconduct.contracts.investigation.InterimMeasureTaken;
import org.misconduct.contracts.investigation.InvestigatingEntityChanged;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.contracts.investigation.MemberStateActionRecorded;
import org.misconduct.contracts.investigation.MemberStateNotified;
import org.misconduct.contracts.investigation.MemberStateResponded;
import org.misconduct.contracts.investigation.NioAppointed;
import org.misconduct.contracts.investigation.SuspendedPaymentReleased;
import org.misconduct.contracts.investigation.SuspendedPaymentTransferred;
import org.misconduct.contracts.victimassistance.AssistanceDelivered;
import org.misconduct.contracts.victimassistance.PaternityClaimUpdated;
import org.misconduct.contracts.victimassistance.SharingConsentChanged;
import org.misconduct.contracts.victimassistance.VictimFirstContacted;
import org.misconduct.contracts.victimassistance.VictimRegistered;

/**
 * The services that publish events: each owns one topic, names itself by one CloudEvent {@code source}, and is the
 * only one that may publish the event types listed here. Consumers hold every record against this list.
 */
public enum Publisher {

    INTAKE(Topics.INTAKE, "/intake-service", List.of(
            AllegationRegistered.class, AllegationAssessed.class, AllegationReferred.class, AllegationClosed.class,
            NonUnForcesNotified.class, ClockBreached.class)),
    INVESTIGATION(Topics.INVESTIGATION, "/investigation-service", List.of(
            InvestigationOpened.class, InvestigatingEntityChanged.class, EvidencePreserved.class,
            MemberStateNotified.class, MemberStateResponded.class, NioAppointed.class, InterimMeasureTaken.class,
            InterimMeasureLifted.class, SuspendedPaymentTransferred.class, SuspendedPaymentReleased.class,
            InvestigationCompleted.class, CriminalReferralMade.class, DisciplinaryActionTaken.class,
            ContingentFlagged.class, ContingentRepatriated.class, ClockBreached.class, ClockExtended.class,
            CriminalReferralOutcomeRecorded.class, MemberStateActionRecorded.class)),
    VICTIM_ASSISTANCE(Topics.VICTIM_ASSISTANCE, "/victim-assistance-service", List.of(
            VictimRegistered.class, AssistanceDelivered.class, SharingConsentChanged.class,
            PaternityClaimUpdated.class, ClockBreached.class, VictimFirstContacted.class));

    private final String topic;
    private final URI source;
    private final List<Class<? extends PublishedEvent>> events;

    Publisher(String topic, String source, List<Class<? extends PublishedEvent>> events) {
        this.topic = topic;
        this.source = URI.create(source);
        this.events = events;
    }

    public String topic() {
        return topic;
    }

    /** The CloudEvent {@code source} of every event this service publishes. */
    public URI source() {
        return source;
    }

    public List<Class<? extends PublishedEvent>> events() {
        return events;
    }

    public boolean publishes(Class<? extends PublishedEvent> eventClass) {
        return events.contains(eventClass);
    }

    public static Optional<Publisher> ofTopic(String topic) {
        return Arrays.stream(values()).filter(publisher -> publisher.topic.equals(topic)).findFirst();
    }
}
