package org.misconduct.contracts.codes;

/**
 * Where a bulk screening stands: still checking its people, done (its outcomes can be read), stopped by an error, or
 * interrupted (no progress for a while, as when the instance running it stopped).
 */
public enum BulkScreeningStatus {
    RUNNING, COMPLETED, FAILED, INTERRUPTED
}
