package org.misconduct.reporting.disclosure;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/** A victim's paternity claim as last updated; at equal times the greater status wins, so the order of arrival does not matter. */
record PaternityClaim(String status, Instant updatedAt) {

    static PaternityClaim latest(PaternityClaim one, PaternityClaim other) {
        int byTime = Comparator.nullsFirst(Instant::compareTo).compare(one.updatedAt(), other.updatedAt());
        if (byTime != 0) {
            return byTime > 0 ? one : other;
        }
        return Comparator.nullsFirst(String::compareTo).compare(one.status(), other.status()) >= 0 ? one : other;
    }

    /** The statuses of paternity claims, each once. */
    static SortedSet<String> statusesOf(Collection<PaternityClaim> claims) {
        SortedSet<String> statuses = new TreeSet<>();
        claims.stream().map(PaternityClaim::status).filter(Objects::nonNull).forEach(statuses::add);
        return statuses;
    }
}
