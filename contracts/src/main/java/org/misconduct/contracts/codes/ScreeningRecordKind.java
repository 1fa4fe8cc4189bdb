package org.misconduct.contracts.codes;

/**
 * What a screening check tells of a person named as a subject of a case: the case is still open ({@code PENDING}), it
 * ended in a {@code SUBSTANTIATED} finding, or the person was barred from future service after one.
 */
public enum ScreeningRecordKind {
    PENDING, SUBSTANTIATED, BARRED_FROM_FUTURE_SERVICE
}
