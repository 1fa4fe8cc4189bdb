package org.misconduct.streaming.operations;

/**
 * Where one projection's processor stands.
 *
 * @param position the lowest position its segments have reached in the event store (global index), null before any
 * @param head     the event store's last position: the replay is done when {@code position} reaches it and
 *                 {@code replaying} is false
 */
public record ProjectionStatus(String name, boolean replaying, boolean caughtUp, boolean inError, Long position, Long head) {
}
