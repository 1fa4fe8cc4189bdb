package org.misconduct.contracts;

/** Kafka topics of the published events, one per publishing service, and of the checkpoints of their event chains. */
public final class Topics {

    public static final String INTAKE = "misconduct.intake.v1";
    public static final String INVESTIGATION = "misconduct.investigation.v1";
    public static final String VICTIM_ASSISTANCE = "misconduct.victim-assistance.v1";
    /** Checkpoints of the event chains of intake, investigation and victim assistance, kept for ever. */
    public static final String INTEGRITY = "misconduct.integrity.v1";

    private Topics() {
    }
}
