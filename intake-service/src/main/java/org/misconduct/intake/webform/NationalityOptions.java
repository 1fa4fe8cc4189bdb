package org.misconduct.intake.webform;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/** Countries for the nationality choice: ISO 3166-1 alpha-3 codes, named and sorted in the reader's language. */
public final class NationalityOptions {

    public record Option(String code, String name) {
    }

    private static final Map<Locale, List<Option>> BY_LANGUAGE = new ConcurrentHashMap<>();

    private NationalityOptions() {
    }

    static List<Option> in(Locale language) {
        return BY_LANGUAGE.computeIfAbsent(language, NationalityOptions::list);
    }

    private static List<Option> list(Locale language) {
        Collator collator = Collator.getInstance(language);
        return Stream.of(Locale.getISOCountries())
                .map(alpha2 -> new Locale("", alpha2))
                .flatMap(country -> option(country, language))
                .sorted(Comparator.comparing(Option::name, collator))
                .toList();
    }

    private static Stream<Option> option(Locale country, Locale language) {
        try {
            return Stream.of(new Option(country.getISO3Country(), country.getDisplayCountry(language)));
        } catch (MissingResourceException noAlpha3) {
            return Stream.empty();
        }
    }
}
