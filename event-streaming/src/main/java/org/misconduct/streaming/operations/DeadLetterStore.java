package org.misconduct.streaming.operations;

import java.util.List;

/** Where letters of one kind wait: Kafka dead-letter topics or the event processors' dead-letter queue. */
interface DeadLetterStore {

    /** Whether {@code id} names a letter of this kind (it may no longer wait). */
    boolean names(String id);

    /** The letters waiting, attempts counted as 1. */
    List<DeadLetterView> waiting();

    /** Handles the letter again; false when it failed again and still waits. Throws NotFound if it does not wait. */
    boolean retry(String id);

    /** Sets the letter aside for good, unprocessed. Throws NotFound if it does not wait. */
    void discard(String id);

    /** Called once the retry's success or the discard is recorded in {@code dead_letter_action}. */
    default void resolved(String id) {
    }
}
