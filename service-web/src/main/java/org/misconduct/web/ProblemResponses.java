package org.misconduct.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.misconduct.web.outage.DatabaseOutageProperties;

/** 401 and 403 (503 when a token cannot be checked), and refusals by filters, as RFC 9457 problem details like every other error of the API. */
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;
    private final long retryAfterSeconds;

    public ProblemResponses(ObjectMapper objectMapper) {
        this(objectMapper, new DatabaseOutageProperties(Duration.ofSeconds(5)).retryAfterSeconds());
    }

    /** @param retryAfterSeconds what a 503 tells clients to wait when a service the request needs is unreachable */
    public ProblemResponses(ObjectMapper objectMapper, long retryAfterSeconds) {
        this.objectMapper = objectMapper;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof AuthenticationServiceException) {
            // The token could not be checked (the identity provider is unreachable): an outage, not a bad token.
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            write(request, response, HttpStatus.SERVICE_UNAVAILABLE, "The token cannot be checked now; retry later.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"misconduct\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "A valid bearer token from realm misconduct is required.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException failure)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Your roles do not allow this request.");
    }

    /** Any refusal written outside Spring MVC, as a filter must: the same problem+json the API gives. */
    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
