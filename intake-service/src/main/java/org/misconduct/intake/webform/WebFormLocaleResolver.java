package org.misconduct.intake.webform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The page language: a language button of a form ({@code switchLanguage}) wins over the
 * {@code lang} parameter (the language switch, carried on by every link and form of the pages),
 * which wins over the browser's {@code Accept-Language}; English when none names a language the
 * pages speak. Nothing is stored on the client or the server.
 */
class WebFormLocaleResolver implements LocaleResolver {

    static final String PARAMETER = "lang";

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return WebFormLanguages.byTag(request.getParameter(LanguageSwitch.PARAMETER))
                .or(() -> WebFormLanguages.byTag(request.getParameter(PARAMETER)))
                .or(() -> fromAcceptLanguage(request.getHeader("Accept-Language")))
                .orElse(WebFormLanguages.ENGLISH)
                .locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The page language travels with each request as the lang parameter");
    }

    private static Optional<WebFormLanguages.Language> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        return ranges.stream()
                .filter(range -> range.getWeight() > 0)
                .map(range -> WebFormLanguages.byTag(range.getRange()))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
