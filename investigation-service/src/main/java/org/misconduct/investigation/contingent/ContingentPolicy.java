package org.misconduct.investigation.contingent;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When a contingent shows a pattern ({@code misconduct.contingents.*}).
 *
 * @param flagThreshold number of referred SEA allegations that flags a contingent
 * @param window        the period those allegations must fall within (by receipt)
 */
@ConfigurationProperties("misconduct.contingents")
public record ContingentPolicy(Integer flagThreshold, Duration window) {

    public ContingentPolicy {
        flagThreshold = flagThreshold == null ? 3 : flagThreshold;
        window = window == null ? Duration.ofDays(365) : window;
        if (flagThreshold < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("A contingent is flagged by at least one allegation within a positive window");
        }
    }

    public static ContingentPolicy defaults() {
        return new ContingentPolicy(null, null);
    }
}
