package org.misconduct.intake.allegation;

/** Who investigates a referred allegation. */
public enum InvestigatingEntity {
    OIOS, MISSION, TCC, PCC, NIO
}
