package org.misconduct.intake.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RateLimitFilterTest {

    private final RateLimitFilter filter = new RateLimitFilter(new AbuseProtectionProperties(
            new AbuseProtectionProperties.Limit(2, Duration.ofMinutes(10)),
            new AbuseProtectionProperties.Limit(3, Duration.ofMinutes(10)),
            1_000, 1_024));

    @Test
    void submissionsBeyondTheLimitGet429WithRetryAfter() throws Exception {
        assertThat(call("POST", "/api/v1/complaints", "10.0.0.1").getStatus()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/complaints", "10.0.0.1").getStatus()).isEqualTo(200);

        MockHttpServletResponse refused = call("POST", "/api/v1/complaints", "10.0.0.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 600L);
    }

    @Test
    void eachClientHasItsOwnAllowance() throws Exception {
        call("POST", "/api/v1/complaints", "10.0.0.1");
        call("POST", "/api/v1/complaints", "10.0.0.1");

        assertThat(call("POST", "/api/v1/complaints", "10.0.0.2").getStatus()).isEqualTo(200);
    }

    @Test
    void followUpLookupsAreLimitedSeparatelyAcrossApiAndWebPages() throws Exception {
        call("POST", "/api/v1/complaints", "10.0.0.3");
        call("POST", "/api/v1/complaints", "10.0.0.3");
        assertThat(call("GET", "/api/v1/complaints/ALG-2026-000001", "10.0.0.3").getStatus()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/complaints/ALG-2026-000001/messages", "10.0.0.3").getStatus()).isEqualTo(200);
        assertThat(call("POST", "/follow-up", "10.0.0.3").getStatus()).isEqualTo(200);

        MockHttpServletResponse refused = call("POST", "/follow-up", "10.0.0.3");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getContentAsString()).contains("lang=\"ar\" dir=\"rtl\"", "lang=\"sw\"");
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void aLanguageSwitchOfAWebFormDoesNotSpendTheAllowance() throws Exception {
        for (int i = 0; i < 10; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", "/complaints");
            request.setRemoteAddr("10.0.0.6");
            request.setParameter("switchLanguage", "sw");
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
        assertThat(call("POST", "/complaints", "10.0.0.6").getStatus()).isEqualTo(200);
        assertThat(call("POST", "/complaints", "10.0.0.6").getStatus()).isEqualTo(200);
        assertThat(call("POST", "/complaints", "10.0.0.6").getStatus()).isEqualTo(429);
    }

    @Test
    void anApiCallCannotSkipTheLimitWithALanguageSwitch() throws Exception {
        for (int i = 0; i < 2; i++) {
            call("POST", "/api/v1/complaints", "10.0.0.7");
        }
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/complaints");
        request.setRemoteAddr("10.0.0.7");
        request.setParameter("switchLanguage", "sw");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        assertThat(response.getStatus()).isEqualTo(429);
    }

    @Test
    void staffEndpointsAreNotLimitedHere() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(call("GET", "/api/v1/allegations", "10.0.0.4").getStatus()).isEqualTo(200);
        }
    }

    @Test
    void anOversizedPublicRequestIsRefusedWith413() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/complaints");
        request.setRemoteAddr("10.0.0.5");
        request.setContent(new byte[2_048]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(413);
    }

    private MockHttpServletResponse call(String method, String path, String client) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(client);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, new MockFilterChain());
        return response;
    }
}
