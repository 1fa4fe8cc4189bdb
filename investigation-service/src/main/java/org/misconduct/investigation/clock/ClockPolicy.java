package org.misconduct.investigation.clock;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long each clock runs, per deployment ({@code misconduct.clocks.*}).
 *
 * @param evidencePreservation from receipt of an SE/SA allegation until its evidence is preserved
 * @param investigation        from referral until a finding
 * @param urgentInvestigation  the same for an URGENT allegation
 */
@ConfigurationProperties("misconduct.clocks")
public record ClockPolicy(
        ClockDuration evidencePreservation,
        ClockDuration investigation,
        ClockDuration urgentInvestigation) {

    public ClockPolicy {
        evidencePreservation = evidencePreservation == null ? ClockDuration.of("PT72H") : evidencePreservation;
        investigation = investigation == null ? ClockDuration.of("P6M") : investigation;
        urgentInvestigation = urgentInvestigation == null ? ClockDuration.of("P90D") : urgentInvestigation;
    }

    public static ClockPolicy defaults() {
        return new ClockPolicy(null, null, null);
    }
}
