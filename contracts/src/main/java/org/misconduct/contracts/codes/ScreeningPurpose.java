package org.misconduct.contracts.codes;

/** Why a person is screened against the records of misconduct cases. */
public enum ScreeningPurpose {
    RECRUITMENT, DEPLOYMENT, ROTATION
}
