package org.misconduct.integrity;

/**
 * The answer of {@code GET /api/v1/integrity}.
 *
 * @param anchoredThrough the highest global index covered by a published checkpoint, null before the first
 */
public record IntegrityReport(long events, Long anchoredThrough, boolean intact, BrokenLink firstBroken) {
}
