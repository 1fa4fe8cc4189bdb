package org.misconduct.intake.webform;

import java.util.Map;

/**
 * How the language links of a page work. Plain links to {@code path?lang=xx}, except on pages
 * showing the follow-up code: there each language is a small form posting the case reference and
 * code again, so changing language neither loses the page nor puts the code in a URL.
 */
public record LanguageSwitch(String path, Map<String, String> postFields) {

    static LanguageSwitch links(String path) {
        return new LanguageSwitch(path, Map.of());
    }

    static LanguageSwitch posting(String path, Map<String, String> fields) {
        return new LanguageSwitch(path, Map.copyOf(fields));
    }

    public boolean posts() {
        return !postFields.isEmpty();
    }
}
