package org.misconduct.reporting.disclosure;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of the pages: a {@code lang} parameter if it names one the pages speak, otherwise
 * the browser's most preferred one they speak, otherwise English. Stateless, like the rest of the service.
 */
@Component("localeResolver")
class PageLanguage implements LocaleResolver {

    static final String PARAMETER = "lang";
    static final List<String> SPOKEN = List.of("en", "fr");

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String requested = request.getParameter(PARAMETER);
        if (requested != null && SPOKEN.contains(requested.toLowerCase(Locale.ROOT))) {
            return Locale.forLanguageTag(requested.toLowerCase(Locale.ROOT));
        }
        if (request.getHeader("Accept-Language") != null) {
            for (Locale preferred : Collections.list(request.getLocales())) {
                if (SPOKEN.contains(preferred.getLanguage())) {
                    return Locale.forLanguageTag(preferred.getLanguage());
                }
            }
        }
        return Locale.ENGLISH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language follows each request's parameter or Accept-Language");
    }
}
