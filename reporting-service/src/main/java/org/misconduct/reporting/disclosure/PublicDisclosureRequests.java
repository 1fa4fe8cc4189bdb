package org.misconduct.reporting.disclosure;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.misconduct.web.abuse.PublicRequests;
import org.misconduct.web.abuse.RateLimit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** What anyone may ask without a token, the disclosure page and the public API, shares one allowance per client. */
@Component
@EnableConfigurationProperties(PublicDisclosureLimits.class)
class PublicDisclosureRequests implements PublicRequests {

    private final RateLimit publicDisclosure;

    PublicDisclosureRequests(PublicDisclosureLimits limits) {
        this.publicDisclosure = new RateLimit("public-disclosure", limits.publicDisclosure());
    }

    @Override
    public Optional<RateLimit> limitOf(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean disclosure = path.equals("/") || path.startsWith("/api/v1/public/");
        return disclosure ? Optional.of(publicDisclosure) : Optional.empty();
    }
}
