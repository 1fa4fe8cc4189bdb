package org.misconduct.investigation.queue;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Where a case stands in the queue's order: the due time of its earliest running clock (none sorts last), then its
 * reference. As the cursor of the {@code after} parameter it lets the next page start where the last one ended, so
 * every page costs an index probe, however deep (keyset paging).
 */
record QueuePosition(Instant nextDueAt, String caseReference) {

    private static final char SEPARATOR = '~';
    private static final int MAX_TOKEN_LENGTH = 200;

    /** The cursor as it appears in a {@code Link} header: URL-safe, opaque to clients. */
    String token() {
        String plain = (nextDueAt == null ? "" : nextDueAt.toString()) + SEPARATOR + caseReference;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position a cursor names, or empty when it is not one this service issued. */
    static Optional<QueuePosition> of(String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int separator = plain.indexOf(SEPARATOR);
            if (separator < 0 || separator == plain.length() - 1) {
                return Optional.empty();
            }
            Instant due = separator == 0 ? null : Instant.parse(plain.substring(0, separator));
            return Optional.of(new QueuePosition(due, plain.substring(separator + 1)));
        } catch (IllegalArgumentException | DateTimeException notACursor) {
            return Optional.empty();
        }
    }
}
