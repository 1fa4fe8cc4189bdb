package org.misconduct.intake.allegation;

/** The category of personnel the alleged perpetrator belongs to. */
public enum PersonnelCategory {
    INT, NS, UNV, MC, MO, UNPOL, FPU, NON_UN, UNKNOWN
}
