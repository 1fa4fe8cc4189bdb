package org.misconduct.intake.webform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every public page has: its language, the language choice, and a policy that allows only our own scripts and
 * styles. The other security headers, no-referrer among them, are the shared ones of every response.
 */
@ControllerAdvice(basePackageClasses = WebPages.class)
class WebPages {

    /** The pages are listed in the service's OpenAPI document too, so the authorization review sees every endpoint. */
    static final String OPENAPI_TAG = "Web pages";

    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    @ModelAttribute
    void languageAndHeaders(Locale locale, Model model, HttpServletResponse response) {
        model.addAttribute("language", WebFormLanguages.of(locale));
        model.addAttribute("languages", WebFormLanguages.ALL);
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    }

    /** For pages that show the follow-up code or the messages: no copy in any cache, not even the browser's history. */
    static void doNotStore(HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Pragma", "no-cache");
    }
}
