package org.misconduct.investigation.clock;

import java.time.Instant;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each clock runs, per deployment ({@code misconduct.clocks.*}).
 *
 * @param evidencePreservation          from receipt of an SE/SA allegation until its evidence is preserved
 * @param investigation                 from referral until a finding
 * @param urgentInvestigation           the same for an URGENT allegation
 * @param memberStateIntentWorkingDays  from notifying the Member State until it says whether it will investigate
 * @param nioAppointmentWorkingDays     from the Member State's intent until it appoints its National Investigation Officer
 * @param calendar                      the working days the Member State clocks count
 */
@ConfigurationProperties("misconduct.clocks")
public record ClockPolicy(
        ClockDuration evidencePreservation,
        ClockDuration investigation,
        ClockDuration urgentInvestigation,
        Integer memberStateIntentWorkingDays,
        Integer nioAppointmentWorkingDays,
        WorkingCalendar calendar) {

    public ClockPolicy {
        evidencePreservation = evidencePreservation == null ? ClockDuration.of("PT72H") : evidencePreservation;
        investigation = investigation == null ? ClockDuration.of("P6M") : investigation;
        urgentInvestigation = urgentInvestigation == null ? ClockDuration.of("P90D") : urgentInvestigation;
        memberStateIntentWorkingDays = memberStateIntentWorkingDays == null ? 10 : memberStateIntentWorkingDays;
        nioAppointmentWorkingDays = nioAppointmentWorkingDays == null ? 5 : nioAppointmentWorkingDays;
        calendar = calendar == null ? WorkingCalendar.defaults() : calendar;
        if (memberStateIntentWorkingDays < 1 || nioAppointmentWorkingDays < 1) {
            throw new IllegalArgumentException("Working-day clocks run at least one working day");
        }
    }

    public static ClockPolicy defaults() {
        return new ClockPolicy(null, null, null, null, null, null);
    }

    public Instant memberStateIntentDue(Instant notifiedAt) {
        return calendar.endOfWorkingDaysAfter(notifiedAt, memberStateIntentWorkingDays);
    }

    public Instant nioAppointmentDue(Instant intentAt) {
        return calendar.endOfWorkingDaysAfter(intentAt, nioAppointmentWorkingDays);
    }
}
