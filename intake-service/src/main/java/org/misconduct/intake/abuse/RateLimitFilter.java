package org.misconduct.intake.abuse;

import java.io.IOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with {@code Retry-After} when a client exceeds the limit of a public endpoint, and
 * 413 when a public request's body is too large, before anything is read or stored. Clients are
 * told apart by address; behind a proxy, the deployment enables forwarded headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RateLimitFilter extends OncePerRequestFilter {

    private final Map<PublicEndpoint, ClientBuckets> limits = new EnumMap<>(PublicEndpoint.class);
    private final long maxRequestBytes;

    RateLimitFilter(AbuseProtectionProperties properties) {
        limits.put(PublicEndpoint.SUBMISSION, new ClientBuckets(properties.submissions(), properties.trackedClients()));
        limits.put(PublicEndpoint.FOLLOW_UP, new ClientBuckets(properties.followUps(), properties.trackedClients()));
        this.maxRequestBytes = properties.maxRequestBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<PublicEndpoint> endpoint = PublicEndpoint.of(request);
        if (endpoint.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > maxRequestBytes) {
            refuse(response, HttpStatus.PAYLOAD_TOO_LARGE, "The request is larger than " + maxRequestBytes + " bytes.");
            return;
        }
        ConsumptionProbe probe = limits.get(endpoint.get()).of(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
            response.setHeader("Retry-After", Long.toString(seconds));
            if (endpoint.get().isWebPage(request)) {
                refuseWebPage(response, seconds);
            } else {
                refuse(response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests from this address; try again in " + seconds + " seconds.");
            }
            return;
        }
        response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        chain.doFilter(new BoundedBodyRequest(request, maxRequestBytes), response);
    }

    private static void refuse(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    private static void refuseWebPage(HttpServletResponse response, long seconds) throws IOException {
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Please wait</title>"
                + "<p>Too many requests from this connection. Nothing was lost: please go back and try again in "
                + seconds + " seconds.</p></html>");
    }
}
