package org.misconduct.intake.allegation;

import java.util.Locale;

import org.misconduct.contracts.codes.NonUnAuthorityKind;

/**
 * An authority answering for non-UN forces that was notified of an allegation against them. {@code kind} is null for a
 * notification that named the authority without saying what kind it is.
 */
public record NotifiedAuthority(NonUnAuthorityKind kind, String name) {

    /** The same authority whatever the case or spacing of its name. */
    boolean sameAs(NotifiedAuthority other) {
        return kind == other.kind && normalised(name).equals(normalised(other.name));
    }

    private static String normalised(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
