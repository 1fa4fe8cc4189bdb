package org.misconduct.intake.publication;

import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationClosed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.intake.NonUnForcesNotified;
import org.misconduct.intake.allegation.NonUnNotificationClockBreached;
import org.misconduct.intake.allegation.NotifiedAuthority;
import org.misconduct.intake.allegation.Assessment;

/**
 * Maps intake's internal events to the published contract. Whatever is sealed (narrative,
 * location, complainant) is left behind: published events carry codes, counts and dates only.
 */
final class PublishedIntakeEvents {

    private PublishedIntakeEvents() {
    }

    static AllegationRegistered registered(org.misconduct.intake.allegation.AllegationRegistered event) {
        return new AllegationRegistered(event.caseReference(), event.mission(), name(event.channel()),
                name(event.personnelCategory()), event.allegedNationality(), event.victimCount(), event.minorInvolved(),
                event.receivedAt());
    }

    static AllegationAssessed assessed(org.misconduct.intake.allegation.AllegationAssessed event) {
        Assessment assessment = event.assessment();
        return new AllegationAssessed(event.caseReference(), name(assessment.allegationType()),
                name(assessment.seaCategory()), name(assessment.personnelCategory()), assessment.nationality(),
                assessment.contingentUnit(), assessment.victimCount(), assessment.minorInvolved(),
                name(assessment.priority()), event.assessedAt());
    }

    static AllegationReferred referred(org.misconduct.intake.allegation.AllegationReferred event) {
        Assessment assessment = event.assessment();
        return new AllegationReferred(event.caseReference(), event.mission(), name(assessment.allegationType()),
                name(assessment.seaCategory()), name(assessment.personnelCategory()), assessment.nationality(),
                assessment.contingentUnit(), assessment.victimCount(), assessment.minorInvolved(),
                name(assessment.priority()), name(event.investigatingEntity()), event.receivedAt(), event.referredAt());
    }

    static AllegationClosed closed(org.misconduct.intake.allegation.AllegationClosed event) {
        return new AllegationClosed(event.caseReference(), name(event.reason()), event.closedAt());
    }

    /** The authority's name stays with intake. */
    static NonUnForcesNotified nonUnForcesNotified(org.misconduct.intake.allegation.NonUnForcesNotified event) {
        return new NonUnForcesNotified(event.caseReference(), event.mission(), event.notifiedAt(),
                event.named().stream().map(NotifiedAuthority::kind).filter(java.util.Objects::nonNull).map(Enum::name).distinct().toList(),
                event.withinClock());
    }

    static ClockBreached nonUnNotificationBreached(NonUnNotificationClockBreached event) {
        return new ClockBreached(event.caseReference(), ClockName.NON_UN_NOTIFICATION.wireName(), event.startedAt(), event.dueAt(),
                event.dueAt());
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
