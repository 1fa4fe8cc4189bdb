package org.misconduct.intake.allegation;

/** Seals a text again under another key of the personal-data vault; provided by the service to the allegation. */
public interface CaseFileSealing {

    /** @return the text sealed under {@code toSubject}, or {@code null} for {@code null} */
    String reseal(String sealed, String fromSubject, String toSubject);
}
