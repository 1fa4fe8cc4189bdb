package org.misconduct.intake.webform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages the public pages speak, each named in itself so a reader finds their own. */
public final class WebFormLanguages {

    public record Language(String tag, String nativeName, boolean rightToLeft) {

        public Locale locale() {
            return Locale.forLanguageTag(tag);
        }

        public String direction() {
            return rightToLeft ? "rtl" : "ltr";
        }
    }

    static final Language ENGLISH = new Language("en", "English", false);

    static final List<Language> ALL = List.of(
            ENGLISH,
            new Language("fr", "Français", false),
            new Language("es", "Español", false),
            new Language("ar", "العربية", true),
            new Language("ru", "Русский", false),
            new Language("zh", "中文", false),
            new Language("sw", "Kiswahili", false));

    private WebFormLanguages() {
    }

    /** The supported language of a tag such as {@code fr}, {@code fr-CA} or {@code zh-Hans-CN}. */
    static Optional<Language> byTag(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return ALL.stream().filter(candidate -> candidate.tag().equals(language)).findFirst();
    }

    static Language of(Locale locale) {
        return byTag(locale.toLanguageTag()).orElse(ENGLISH);
    }
}
