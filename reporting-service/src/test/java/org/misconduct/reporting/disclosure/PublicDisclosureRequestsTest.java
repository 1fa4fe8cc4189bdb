package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.misconduct.web.abuse.Allowance;
import org.springframework.mock.web.MockHttpServletRequest;

class PublicDisclosureRequestsTest {

    private final PublicDisclosureRequests requests = new PublicDisclosureRequests(
            new PublicDisclosureLimits(new Allowance(120, Duration.ofMinutes(1))));

    @Test
    void thePageAndEveryPublicApiRequestShareTheDisclosureAllowance() {
        for (String path : new String[] {"/", "/api/v1/public/allegations", "/api/v1/public/summary"}) {
            assertThat(requests.limitOf(new MockHttpServletRequest("GET", path))).as(path)
                    .hasValueSatisfying(limit -> assertThat(limit.name()).isEqualTo("public-disclosure"));
        }
    }

    @Test
    void staffAndOperationalRequestsAreNotLimitedHere() {
        for (String path : new String[] {"/api/v1/council-reports/2026", "/api/v1/projections/status", "/actuator/health",
                "/css/reporting.css"}) {
            assertThat(requests.limitOf(new MockHttpServletRequest("GET", path))).as(path).isEmpty();
        }
    }
}
