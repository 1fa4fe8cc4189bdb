package org.misconduct.intake.webform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.misconduct.intake.complaint.Nationality;

class NationalityOptionsTest {

    private final Nationality.Validator nationality = new Nationality.Validator();

    @Test
    void everyCountryOfferedIsANationalityTheIntakeAccepts() {
        assertThat(NationalityOptions.in(Locale.ENGLISH)).hasSizeGreaterThan(240)
                .allSatisfy(option -> assertThat(nationality.isValid(option.code(), null)).as(option.code()).isTrue());
    }

    @Test
    void countriesAreNamedAndSortedInTheReadersLanguage() {
        assertThat(NationalityOptions.in(Locale.FRENCH))
                .extracting(NationalityOptions.Option::name).contains("Allemagne", "Afrique du Sud");
        assertThat(NationalityOptions.in(Locale.forLanguageTag("sw")))
                .anySatisfy(option -> assertThat(option).isEqualTo(new NationalityOptions.Option("KEN", "Kenya")));
        assertThat(NationalityOptions.in(Locale.FRENCH).get(0).name()).isEqualTo("Afghanistan");
    }
}
