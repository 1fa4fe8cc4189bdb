package org.misconduct.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.header.HeaderWriter;

/**
 * A Content-Security-Policy on every response that does not set its own: pages may use only their own styles
 * and images and post only to themselves, with no script at all; anything else (JSON, CSV, problems) may load
 * nothing. The bundled API explorer runs its own scripts, so it is left to its defaults.
 */
final class ContentSecurityPolicy implements HeaderWriter {

    static final String HEADER = "Content-Security-Policy";
    static final String PAGES = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";
    static final String EVERYTHING_ELSE = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader(HEADER) || isApiExplorer(request)) {
            return;
        }
        response.setHeader(HEADER, isPage(response) ? PAGES : EVERYTHING_ELSE);
    }

    private static boolean isPage(HttpServletResponse response) {
        String contentType = response.getContentType();
        if (contentType == null) {
            contentType = response.getHeader(HttpHeaders.CONTENT_TYPE);
        }
        return contentType != null && MediaType.TEXT_HTML.isCompatibleWith(MediaType.parseMediaType(contentType));
    }

    private static boolean isApiExplorer(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/swagger-ui");
    }
}
