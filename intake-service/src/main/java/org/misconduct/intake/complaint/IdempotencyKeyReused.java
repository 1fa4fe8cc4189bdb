package org.misconduct.intake.complaint;

/** An Idempotency-Key sent again with a different complaint, or whose first answer cannot be given again. */
class IdempotencyKeyReused extends RuntimeException {

    IdempotencyKeyReused(String reason) {
        super("The Idempotency-Key " + reason + ".");
    }
}
