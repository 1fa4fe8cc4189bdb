package org.misconduct.investigation.clock;

import java.util.Arrays;
import java.util.Optional;

/** The deadlines a case runs against; the wire name is also the durable deadline's name. */
public enum ClockName {
    EVIDENCE_PRESERVATION("evidence-preservation"),
    MEMBER_STATE_INTENT("member-state-intent"),
    NIO_APPOINTMENT("nio-appointment"),
    INVESTIGATION("investigation");

    private final String wireName;

    ClockName(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ClockName> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(name -> name.wireName.equals(wireName)).findFirst();
    }
}
