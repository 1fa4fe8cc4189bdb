package org.misconduct.intake.abuse;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** The public endpoints that are rate limited, by what they cost an attacker and us. */
enum PublicEndpoint {
    SUBMISSION, FOLLOW_UP;

    static Optional<PublicEndpoint> of(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String method = request.getMethod();
        if ("POST".equals(method) && (path.equals("/api/v1/complaints") || path.equals("/complaints"))) {
            return Optional.of(SUBMISSION);
        }
        boolean complaintResource = path.startsWith("/api/v1/complaints/");
        if (complaintResource && ("GET".equals(method) || "POST".equals(method))) {
            return Optional.of(FOLLOW_UP);
        }
        if ("POST".equals(method) && (path.equals("/follow-up") || path.equals("/follow-up/messages"))) {
            return Optional.of(FOLLOW_UP);
        }
        return Optional.empty();
    }

    boolean isWebPage(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
