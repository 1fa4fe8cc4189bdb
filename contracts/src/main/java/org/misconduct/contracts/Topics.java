package org.misconduct.contracts;

/** Kafka topics of the published events, one per publishing service. */
public final class Topics {

    public static final String INTAKE = "misconduct.intake.v1";
    public static final String INVESTIGATION = "misconduct.investigation.v1";
    public static final String VICTIM_ASSISTANCE = "misconduct.victim-assistance.v1";

    private Topics() {
    }
}
