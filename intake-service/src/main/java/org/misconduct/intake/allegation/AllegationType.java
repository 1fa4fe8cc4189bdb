package org.misconduct.intake.allegation;

/** The kind of misconduct alleged. */
public enum AllegationType {
    SE, SA, OTHER_MISCONDUCT
}
