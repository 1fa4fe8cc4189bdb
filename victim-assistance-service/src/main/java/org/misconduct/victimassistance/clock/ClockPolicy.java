package org.misconduct.victimassistance.clock;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long victim assistance's clocks run, per deployment ({@code misconduct.clocks.*}).
 *
 * @param victimFirstContact from a victim's registration until the first assistance is delivered
 */
@ConfigurationProperties("misconduct.clocks")
public record ClockPolicy(Duration victimFirstContact) {

    public ClockPolicy {
        victimFirstContact = victimFirstContact == null ? Duration.ofHours(72) : victimFirstContact;
        if (victimFirstContact.isNegative() || victimFirstContact.isZero()) {
            throw new IllegalArgumentException("misconduct.clocks.victim-first-contact must be a positive duration");
        }
    }

    public static ClockPolicy defaults() {
        return new ClockPolicy(null);
    }
}
