package org.misconduct.investigation.access;

import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.misconduct.domain.NotFound;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Applies the decision rights to every request addressed to a case (a handler under {@code /api/v1/cases} mapped with a
 * {@code {caseReference}} path variable), after security has authenticated it and before the handler's arguments are
 * bound, so before any command is sent: another state's case and an unknown one answer the same 404 whatever the body
 * holds, and an action the caller's role may not take answers 403. The queue is not addressed to a case and filters by
 * itself.
 */
@Configuration
class CaseScopeInterception implements WebMvcConfigurer, HandlerInterceptor {

    static final String CASE_REFERENCE = "caseReference";

    private final CaseFactsReader cases;

    CaseScopeInterception(CaseFactsReader cases) {
        this.cases = cases;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/cases/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get(CASE_REFERENCE) instanceof String caseReference) {
            Caller caller = CallerResolution.current();
            CaseFacts facts = cases.find(caseReference).orElseThrow(() -> new NotFound("No case " + caseReference));
            CaseAction action = DecisionRights.actionOf(request.getMethod(), String.valueOf(
                            request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE)), stringsOf(variables))
                    .orElseThrow(() -> new AccessDeniedException("Nobody may take this action on a case"));
            switch (CaseAccessPolicy.decide(caller, action, facts)) {
                case NOT_FOUND -> throw new NotFound("No case " + caseReference);
                case FORBIDDEN -> throw new AccessDeniedException("Your role may not " + action.name().toLowerCase()
                        + " on case " + caseReference);
                case ALLOWED -> {
                    return true;
                }
            }
        }
        return true;
    }

    private static Map<String, String> stringsOf(Map<?, ?> variables) {
        return variables.entrySet().stream()
                .collect(Collectors.toMap(entry -> String.valueOf(entry.getKey()),
                        entry -> String.valueOf(entry.getValue())));
    }
}
