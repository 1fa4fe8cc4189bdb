package org.misconduct.web.abuse;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * How a service's own web pages ask a person to wait, where problem+json would mean nothing to them. Without
 * one, every refusal is problem+json.
 */
public interface TooManyRequestsPage {

    /** Whether the request came from one of the service's pages rather than from an API client. */
    boolean serves(HttpServletRequest request);

    /** Writes the page's body; status, {@code Retry-After} and the security headers are already set. */
    void write(HttpServletResponse response, long retryAfterSeconds) throws IOException;
}
