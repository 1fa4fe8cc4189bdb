package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicRateLimitTest {

    private final MovableClock clock = new MovableClock(Instant.parse("2025-06-15T12:00:00Z"));
    private final PublicRateLimit limit = new PublicRateLimit(new PublicRateLimitProperties(3, Duration.ofMinutes(1)), clock,
            new ObjectMapper());

    @Test
    void aClientBeyondItsRequestsPerWindowWaitsForTheNextWindow() throws Exception {
        for (int request = 0; request < 3; request++) {
            assertThat(request("10.0.0.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = request("10.0.0.1");
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
        assertThat(request("10.0.0.2").getStatus()).as("another client").isEqualTo(200);

        clock.now = clock.now.plusSeconds(60);
        assertThat(request("10.0.0.1").getStatus()).isEqualTo(200);
    }

    @Test
    void noLimitWhenTurnedOff() throws Exception {
        PublicRateLimit off = new PublicRateLimit(new PublicRateLimitProperties(0, Duration.ofMinutes(1)), clock, new ObjectMapper());
        for (int request = 0; request < 10; request++) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            off.doFilter(new MockHttpServletRequest("GET", "/"), response, new MockFilterChain());
            assertThat(response.getStatus()).isEqualTo(200);
        }
    }

    private MockHttpServletResponse request(String address) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/public/summary");
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, new MockFilterChain());
        return response;
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
