package org.misconduct.intake.followup;

import java.time.Instant;

/**
 * @param from {@code COMPLAINANT} or {@code INTAKE}
 * @param text null once the complainant's personal data was erased
 */
public record FollowUpMessage(String from, Instant sentAt, String text) {

    public static final String COMPLAINANT = "COMPLAINANT";
    public static final String INTAKE = "INTAKE";
}
