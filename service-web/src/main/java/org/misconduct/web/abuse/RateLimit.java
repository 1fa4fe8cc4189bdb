package org.misconduct.web.abuse;

/**
 * An allowance given a name: the requests a service classes together (submissions, follow-ups ...) share one
 * bucket per client, and two limits of equal size still keep their own.
 */
public record RateLimit(String name, Allowance allowance) {

    public RateLimit {
        if (name == null || name.isBlank() || allowance == null) {
            throw new IllegalArgumentException("A rate limit needs a name and an allowance");
        }
    }
}
