package org.misconduct.investigation.identifiers;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The form identifiers are compared in. A number or code matches as written, whatever its case and surrounding
 * spaces. A name matches whatever its case, accents, punctuation and spacing: "José-María  O'Neil" and
 * "JOSE MARIA ONEIL" are the same name. Letters without a decomposition (such as ß, ø, ł) stay as they are.
 */
public final class IdentifierNormalisation {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NEITHER_LETTER_NOR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private IdentifierNormalisation() {
    }

    /** A national id, service number or UN index number, trimmed and case-folded; empty when nothing is written. */
    public static Optional<String> identifier(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(written.strip().toLowerCase(Locale.ROOT));
    }

    /** A name without case, accents, punctuation or spacing; empty when no letter or digit is left. */
    public static Optional<String> name(String written) {
        if (written == null) {
            return Optional.empty();
        }
        String decomposed = Normalizer.normalize(written, Normalizer.Form.NFD);
        String bare = NEITHER_LETTER_NOR_DIGIT.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
        String folded = bare.toLowerCase(Locale.ROOT);
        return folded.isEmpty() ? Optional.empty() : Optional.of(folded);
    }
}
