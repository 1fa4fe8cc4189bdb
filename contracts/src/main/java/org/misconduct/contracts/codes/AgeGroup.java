package org.misconduct.contracts.codes;

import java.util.Optional;

/** Whether a victim was a child at the time of the incident; counted in the public disclosure. */
public enum AgeGroup {
    ADULT, MINOR, UNKNOWN;

    public static Optional<AgeGroup> fromCode(String code) {
        return Codes.parse(AgeGroup.class, code);
    }
}
