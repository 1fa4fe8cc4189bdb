package org.misconduct.intake.webform;

import java.util.Map;

/**
 * How the language choice of a page works. On pages where the person types, each language is a
 * submit button of the page's own form, so the server shows everything typed (and the form's
 * token) again in the new language, and does nothing else. On the receipt, where nothing is typed,
 * each language is a small form posting the case reference and code again, so changing language
 * neither loses the page nor puts the code in a URL. Both work without scripts.
 */
public record LanguageSwitch(String path, Map<String, String> postFields, String form, String sendLabel) {

    /** The parameter a language button of a form sends: show the form again in this language, do nothing else. */
    public static final String PARAMETER = "switchLanguage";

    static LanguageSwitch posting(String path, Map<String, String> fields) {
        return new LanguageSwitch(path, Map.copyOf(fields), null, null);
    }

    /**
     * Language buttons that submit the form with this id to {@code path}, the form's own action.
     * {@code sendLabel} is the message key of the form's own send button.
     */
    static LanguageSwitch submitting(String form, String path, String sendLabel) {
        return new LanguageSwitch(path, Map.of(), form, sendLabel);
    }

    public boolean posts() {
        return !postFields.isEmpty();
    }

    public boolean submitsForm() {
        return form != null;
    }
}
