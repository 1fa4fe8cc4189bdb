package org.misconduct.contracts.codes;

import java.util.Optional;

/** How an investigation concluded. */
public enum Finding {
    SUBSTANTIATED, NOT_SUBSTANTIATED, CLOSED;

    public static Optional<Finding> fromCode(String code) {
        return Codes.parse(Finding.class, code);
    }
}
