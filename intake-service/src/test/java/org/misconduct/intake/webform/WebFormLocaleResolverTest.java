package org.misconduct.intake.webform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class WebFormLocaleResolverTest {

    private final WebFormLocaleResolver resolver = new WebFormLocaleResolver();

    @Test
    void theLanguageSwitchWinsOverTheBrowser() {
        assertThat(resolve("fr-FR,fr;q=0.9", "ar")).isEqualTo(Locale.forLanguageTag("ar"));
    }

    @Test
    void aFormsLanguageButtonWinsOverTheLanguageTheFormWasIn() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/complaints");
        request.addHeader("Accept-Language", "ru");
        request.setParameter("lang", "fr");
        request.setParameter("switchLanguage", "sw");
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("sw"));
        request.setParameter("switchLanguage", "xx");
        assertThat(resolver.resolveLocale(request)).isEqualTo(Locale.forLanguageTag("fr"));
    }

    @Test
    void theBrowsersFirstSpokenLanguageIsChosenByWeight() {
        assertThat(resolve("de-DE, sw;q=0.5, ru;q=0.8", null)).isEqualTo(Locale.forLanguageTag("ru"));
        assertThat(resolve("zh-Hans-CN", null)).isEqualTo(Locale.forLanguageTag("zh"));
        assertThat(resolve("es-419", null)).isEqualTo(Locale.forLanguageTag("es"));
    }

    @Test
    void englishWhenNothingUsableIsAsked() {
        assertThat(resolve(null, null)).isEqualTo(Locale.ENGLISH);
        assertThat(resolve("de, pt;q=0.5", "xx")).isEqualTo(Locale.ENGLISH);
        assertThat(resolve("not a ;;; header", "<script>")).isEqualTo(Locale.ENGLISH);
        assertThat(resolve("fr;q=0, *", null)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        assertThat(WebFormLanguages.ALL).filteredOn(WebFormLanguages.Language::rightToLeft)
                .extracting(WebFormLanguages.Language::tag).containsExactly("ar");
    }

    private Locale resolve(String acceptLanguage, String lang) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        if (acceptLanguage != null) {
            request.addHeader("Accept-Language", acceptLanguage);
        }
        if (lang != null) {
            request.setParameter("lang", lang);
        }
        return resolver.resolveLocale(request);
    }
}
