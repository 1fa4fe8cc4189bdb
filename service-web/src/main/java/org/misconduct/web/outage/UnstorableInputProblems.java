package org.misconduct.web.outage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.misconduct.web.ProblemResponses;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A value the database refuses as data (SQL state class 22: a NUL character in text, a number or date out of its
 * type's range) came from the request, since what the services store themselves fits: the request is answered
 * 400 and, its transaction rolled back, has stored nothing.
 */
public class UnstorableInputProblems implements HandlerExceptionResolver, Ordered {

    static final String DETAIL = "The request holds a value that cannot be stored (such as a NUL character or a number"
            + " out of range); nothing was stored.";

    private final ProblemResponses problems;

    public UnstorableInputProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception failure) {
        if (dataException(failure).isEmpty() || response.isCommitted()) {
            return null;
        }
        try {
            response.resetBuffer();
            problems.write(request, response, HttpStatus.BAD_REQUEST, DETAIL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ModelAndView();
    }

    static Optional<SQLException> dataException(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable cause = failure; cause != null && seen.put(cause, Boolean.TRUE) == null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }
}
