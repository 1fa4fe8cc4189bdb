package org.misconduct.web.abuse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A user has spent their allowance for an operation: 429 problem+json with {@code Retry-After}. */
public class TooManyRequests extends ErrorResponseException {

    TooManyRequests(long retryAfterSeconds) {
        super(HttpStatus.TOO_MANY_REQUESTS, ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests from this user; try again in " + retryAfterSeconds + " seconds."), null);
        getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
    }
}
