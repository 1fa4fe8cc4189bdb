package org.misconduct.contracts.codes;

/** Who investigates a referred allegation: OIOS, the mission's special investigation unit, or the Member State. */
public enum InvestigatingEntity {
    OIOS, MISSION, TCC, PCC, NIO;

    /** The troop- or police-contributing country investigates, through its own officers. */
    public boolean isMemberState() {
        return this == TCC || this == PCC || this == NIO;
    }
}
