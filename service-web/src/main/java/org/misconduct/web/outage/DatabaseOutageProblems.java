package org.misconduct.web.outage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.misconduct.web.ProblemResponses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Any request that fails because the database cannot be reached, or because no connection to it came free within the
 * pool's wait, answers 503 problem+json with {@code Retry-After}, whichever controller, page or wrapper it failed in.
 * It runs before the controllers' own exception handlers, so no handler turns an outage into something else; whatever
 * failed this way was not committed, so nothing is acknowledged.
 */
public class DatabaseOutageProblems implements HandlerExceptionResolver, Ordered {

    static final String DETAIL = "The service cannot reach its database; nothing was done. Retry later"
            + " (with the same Idempotency-Key where the request takes one).";
    static final String NO_CONNECTION_FREE_DETAIL = "The service has no database connection free now; nothing was done."
            + " Retry later (with the same Idempotency-Key where the request takes one).";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageProblems.class);

    private final ProblemResponses problems;
    private final DatabaseOutageProperties properties;

    public DatabaseOutageProblems(ProblemResponses problems, DatabaseOutageProperties properties) {
        this.problems = problems;
        this.properties = properties;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        Optional<SQLException> cause = DatabaseUnavailable.causeOf(failure);
        if (cause.isEmpty() || response.isCommitted()) {
            return null;
        }
        // An overloaded service is told from an outage by its operators, though its clients are answered alike.
        boolean noConnectionFree = DatabaseUnavailable.noConnectionFree(cause.get());
        log.warn("{} {} answered 503: {} ({}, SQL state {})", request.getMethod(), request.getRequestURI(),
                noConnectionFree ? "no database connection free within the pool's wait" : "database unreachable",
                cause.get().getClass().getSimpleName(), cause.get().getSQLState());
        try {
            response.resetBuffer();
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(properties.retryAfterSeconds()));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            problems.write(request, response, HttpStatus.SERVICE_UNAVAILABLE,
                    noConnectionFree ? NO_CONNECTION_FREE_DETAIL : DETAIL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    /** After Spring Boot's error attributes, which only record the failure, and before every other resolver. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
