package org.misconduct.system;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The headers every answer of every service carries, whoever asks and whatever the status. */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    static List<String> problemsOf(HttpResponse<String> response) {
        List<String> problems = new ArrayList<>();
        String request = response.request().method() + " " + response.request().uri().getPath() + " (" + response.statusCode() + ")";
        require(response, "X-Content-Type-Options", "nosniff", request, problems);
        require(response, "X-Frame-Options", "DENY", request, problems);
        require(response, "Referrer-Policy", "no-referrer", request, problems);
        Optional<String> cacheControl = response.headers().firstValue("Cache-Control");
        if (cacheControl.isEmpty() || !cacheControl.get().contains("no-store")) {
            problems.add(request + ": Cache-Control without no-store: " + cacheControl.orElse("none"));
        }
        Optional<String> policy = response.headers().firstValue("Content-Security-Policy");
        if (policy.isEmpty() || !policy.get().contains("default-src 'none'") || !policy.get().contains("frame-ancestors 'none'")
                || policy.get().contains("unsafe-inline") || policy.get().contains("unsafe-eval")) {
            problems.add(request + ": weak or missing Content-Security-Policy: " + policy.orElse("none"));
        }
        if (response.headers().firstValue("Access-Control-Allow-Origin").isPresent()) {
            problems.add(request + ": Access-Control-Allow-Origin on a same-origin service");
        }
        if (response.headers().firstValue("Strict-Transport-Security").isPresent()) {
            problems.add(request + ": HSTS over plain HTTP");
        }
        return problems;
    }

    private static void require(HttpResponse<String> response, String header, String value, String request, List<String> problems) {
        Optional<String> actual = response.headers().firstValue(header);
        if (actual.isEmpty() || !actual.get().equalsIgnoreCase(value)) {
            problems.add(request + ": " + header + " is " + actual.orElse("missing") + ", not " + value);
        }
    }
}
