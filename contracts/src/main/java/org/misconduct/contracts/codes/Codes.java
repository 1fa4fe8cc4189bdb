package org.misconduct.contracts.codes;

import java.util.Arrays;
import java.util.Optional;

/** Reads a code as it travels in published events and requests, where a newer publisher may send one this build lacks. */
public final class Codes {

    /** What a report shows where a code was not recorded. */
    public static final String NOT_RECORDED = "UNKNOWN";

    private Codes() {
    }

    /** Empty for {@code null} or a code {@code type} does not know. */
    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(code)).findFirst();
    }

    /** The code of {@code value} as published events carry it; {@code null} when there is none. */
    public static String codeOf(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
