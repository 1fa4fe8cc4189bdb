package org.misconduct.investigation.access;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.misconduct.domain.NotFound;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks the caller's Member State scope for every request addressed to a case (a handler under
 * {@code /api/v1/cases} mapped with a {@code {caseReference}} path variable), after security has authenticated
 * it and before the handler's arguments are bound: another state's case or an unknown one answers the same 404,
 * whatever the request's body holds. The queue is not addressed to a case and filters by itself.
 */
@Configuration
class CaseScopeInterception implements WebMvcConfigurer, HandlerInterceptor {

    static final String CASE_REFERENCE = "caseReference";

    private final MemberStateScope scope;

    CaseScopeInterception(MemberStateScope scope) {
        this.scope = scope;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/v1/cases/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
                && variables.get(CASE_REFERENCE) instanceof String caseReference) {
            Authentication caller = SecurityContextHolder.getContext().getAuthentication();
            if (caller == null || !(caller.getPrincipal() instanceof Jwt token)) {
                throw new NotFound("No case " + caseReference);
            }
            scope.requireVisible(caseReference, token);
        }
        return true;
    }
}
