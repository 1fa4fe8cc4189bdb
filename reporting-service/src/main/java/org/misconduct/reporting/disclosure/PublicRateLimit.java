package org.misconduct.reporting.disclosure;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits the public requests of one client to a number per fixed window, answering 429 with
 * {@code Retry-After} beyond it. Counted per instance: with several instances a client may make
 * that many requests at each.
 */
class PublicRateLimit extends OncePerRequestFilter {

    private final PublicRateLimitProperties properties;
    private final Clock clock;
    private final ObjectMapper objectMapper;
    private final Map<String, long[]> windows = new ConcurrentHashMap<>();
    private volatile long currentWindow = -1;

    PublicRateLimit(PublicRateLimitProperties properties, Clock clock, ObjectMapper objectMapper) {
        this.properties = properties;
        this.clock = clock;
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (properties.requests() <= 0 || allowed(request.getRemoteAddr())) {
            chain.doFilter(request, response);
            return;
        }
        long windowMillis = properties.window().toMillis();
        long retryAfterSeconds = Math.max(1, (windowMillis - clock.millis() % windowMillis + 999) / 1000);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests from this address; try again in " + retryAfterSeconds + " seconds.");
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    private boolean allowed(String client) {
        long window = clock.millis() / properties.window().toMillis();
        if (window != currentWindow) {
            // A new window: the counts of earlier ones can go, so the map never outgrows one window's clients.
            windows.values().removeIf(count -> count[0] != window);
            currentWindow = window;
        }
        long[] count = windows.compute(client, (address, current) ->
                current == null || current[0] != window ? new long[] {window, 1} : new long[] {window, current[1] + 1});
        return count[1] <= properties.requests();
    }
}
