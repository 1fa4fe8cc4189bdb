package org.misconduct.investigation.clock;

/** The deadlines a case runs against; the wire name is also the durable deadline's name. */
public enum ClockName {
    EVIDENCE_PRESERVATION("evidence-preservation"),
    INVESTIGATION("investigation");

    private final String wireName;

    ClockName(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
