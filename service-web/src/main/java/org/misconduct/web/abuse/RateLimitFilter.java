package org.misconduct.web.abuse;

import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.misconduct.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a public request whose body is too large (413) or whose client has spent its allowance (429 with
 * {@code Retry-After}) before anything reads, checks or stores it. It runs inside the security filter chain, after
 * the security headers are arranged and before any token is checked, so refusals carry the same headers as every
 * other answer and a flood of bad tokens is limited too.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final PublicRequests publicRequests;
    private final Optional<TooManyRequestsPage> page;
    private final AbuseProtectionProperties properties;
    private final ProblemResponses problems;
    private final Clock clock;
    private final Map<String, ClientBuckets> bucketsByLimit = new ConcurrentHashMap<>();

    RateLimitFilter(PublicRequests publicRequests, Optional<TooManyRequestsPage> page, AbuseProtectionProperties properties,
                    ProblemResponses problems, Clock clock) {
        this.publicRequests = publicRequests;
        this.page = page;
        this.properties = properties;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RateLimit> limit = publicRequests.limitOf(request);
        if (limit.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long maxBytes = publicRequests.maxRequestBytes(request, properties.maxRequestBytes());
        if (request.getContentLengthLong() > maxBytes) {
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "The request is larger than " + maxBytes + " bytes.");
            return;
        }
        if (publicRequests.spendsAllowance(request, limit.get())) {
            ConsumptionProbe probe = bucketsOf(limit.get()).take(ClientKey.of(request.getRemoteAddr()));
            if (!probe.isConsumed()) {
                refuse(request, response, secondsUntilNextRequest(probe));
                return;
            }
            response.setHeader("RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
        }
        chain.doFilter(new BoundedBodyRequest(request, maxBytes), response);
    }

    private ClientBuckets bucketsOf(RateLimit limit) {
        return bucketsByLimit.computeIfAbsent(limit.name(),
                name -> new ClientBuckets(limit.allowance(), properties.trackedClients(), clock));
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        if (page.isPresent() && page.get().serves(request)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            page.get().write(response, retryAfterSeconds);
            return;
        }
        problems.write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests from this address; try again in " + retryAfterSeconds + " seconds.");
    }

    private static long secondsUntilNextRequest(ConsumptionProbe probe) {
        return Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1));
    }

    long trackedClients(String limit) {
        ClientBuckets buckets = bucketsByLimit.get(limit);
        return buckets == null ? 0 : buckets.tracked();
    }
}
