package org.misconduct.web.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.MovableClock;
import org.misconduct.web.ProblemResponses;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RateLimitFilterTest {

    private static final RateLimit LOOKUPS = new RateLimit("lookups", new Allowance(3, Duration.ofMinutes(10)));
    private static final RateLimit SUBMISSIONS = new RateLimit("submissions", new Allowance(3, Duration.ofMinutes(10)));

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T09:00:00Z"));
    private final AtomicInteger handled = new AtomicInteger();
    private RateLimitFilter filter = filter(100);

    @Test
    void aClientBeyondItsAllowanceGets429WithRetryAfterAsAProblem() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(call("GET", "/public/lookups", "198.51.100.1").getStatus()).isEqualTo(200);
        }
        MockHttpServletResponse refused = call("GET", "/public/lookups", "198.51.100.1");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("\"status\":429", "\"title\":\"Too Many Requests\"");
        assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 200L);
        assertThat(handled).hasValue(3);
    }

    @Test
    void theAllowanceComesBackAsTimePasses() throws Exception {
        for (int i = 0; i < 4; i++) {
            call("GET", "/public/lookups", "198.51.100.2");
        }
        clock.advance(Duration.ofMinutes(4));

        assertThat(call("GET", "/public/lookups", "198.51.100.2").getStatus()).isEqualTo(200);
        assertThat(call("GET", "/public/lookups", "198.51.100.2").getStatus()).isEqualTo(429);
    }

    @Test
    void aThousandRequestsFromOneClientAreLimitedAfterTheAllowance() throws Exception {
        int refused = 0;
        for (int i = 0; i < 1_000; i++) {
            refused += call("GET", "/public/lookups", "198.51.100.3").getStatus() == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(997);
        assertThat(handled).hasValue(3);
    }

    @Test
    void aThousandAddressesOfOneIpv6Slash64ShareOneAllowance() throws Exception {
        int refused = 0;
        for (int host = 1; host <= 1_000; host++) {
            refused += call("GET", "/public/lookups", "2001:db8:7:9:%x::%x".formatted(host, host)).getStatus() == 429 ? 1 : 0;
        }
        assertThat(refused).isEqualTo(997);
        assertThat(call("GET", "/public/lookups", "2001:db8:7:a::1").getStatus()).as("the next /64").isEqualTo(200);
    }

    @Test
    void eachLimitKeepsItsOwnBucketsEvenWhenTheyAreTheSameSize() throws Exception {
        for (int i = 0; i < 3; i++) {
            call("POST", "/public/submissions", "198.51.100.4");
        }
        assertThat(call("POST", "/public/submissions", "198.51.100.4").getStatus()).isEqualTo(429);
        assertThat(call("GET", "/public/lookups", "198.51.100.4").getStatus()).isEqualTo(200);
        assertThat(call("GET", "/public/lookups", "198.51.100.5").getStatus()).as("another client").isEqualTo(200);
    }

    @Test
    void aRequestTheServiceDeclaresFreeSpendsNothingButOthersStillCount() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(call("GET", "/public/lookups", "198.51.100.6", "redraw").getStatus()).isEqualTo(200);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(call("GET", "/public/lookups", "198.51.100.6").getStatus()).isEqualTo(200);
        }
        assertThat(call("GET", "/public/lookups", "198.51.100.6").getStatus()).isEqualTo(429);
    }

    @Test
    void requestsThatAreNotPublicAreLeftAlone() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(call("GET", "/api/v1/staff", "198.51.100.7").getStatus()).isEqualTo(200);
        }
        assertThat(filter.trackedClients("lookups")).isZero();
    }

    @Test
    void aBodyLargerThanTheLimitIsRefusedWith413BeforeItIsReadOrCounted() throws Exception {
        MockHttpServletRequest request = request("POST", "/public/submissions", "198.51.100.8");
        request.setContent(new byte[2_049]);
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(request, response, countingChain());

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(handled).hasValue(0);
        assertThat(filter.trackedClients("submissions")).isZero();
    }

    @Test
    void aBodySentWithoutALengthStopsAtTheLimitWhileBeingRead() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/public/submissions") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setRemoteAddr("198.51.100.9");
        request.setContent(new byte[4_096]);
        FilterChain reader = (filtered, response) -> filtered.getInputStream().readAllBytes();

        assertThatThrownBy(() -> filter.doFilter(request, new MockHttpServletResponse(), reader))
                .isInstanceOf(BodyTooLarge.class);
    }

    @Test
    void aRefusalForAPageIsThePagesOwnWhereTheServiceHasOne() throws Exception {
        TooManyRequestsPage page = new TooManyRequestsPage() {
            @Override
            public boolean serves(HttpServletRequest request) {
                return !request.getRequestURI().startsWith("/public/api");
            }

            @Override
            public void write(jakarta.servlet.http.HttpServletResponse response, long retryAfterSeconds) throws IOException {
                response.setContentType("text/html;charset=UTF-8");
                response.getWriter().write("<p>wait " + retryAfterSeconds + "</p>");
            }
        };
        filter = new RateLimitFilter(new TestRequests(), Optional.of(page), new AbuseProtectionProperties(100, 2_048),
                new ProblemResponses(new ObjectMapper()), clock);
        for (int i = 0; i < 3; i++) {
            call("GET", "/public/lookups", "198.51.100.10");
        }
        MockHttpServletResponse refused = call("GET", "/public/lookups", "198.51.100.10");

        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getContentAsString()).startsWith("<p>wait ");
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
    }

    @Test
    void memoryStaysWithinTheBoundWhateverTheNumberOfClients() throws Exception {
        filter = filter(50);
        for (int client = 0; client < 5_000; client++) {
            call("GET", "/public/lookups", address(client));
        }
        assertThat(filter.trackedClients("lookups")).isLessThanOrEqualTo(50);
    }

    @Test
    void aFloodOfNewAddressesDoesNotGiveAHammeringClientItsAllowanceBack() throws Exception {
        filter = filter(50);
        for (int i = 0; i < 200; i++) {
            call("GET", "/public/lookups", "198.51.100.11");
        }
        for (int client = 0; client < 5_000; client++) {
            call("GET", "/public/lookups", address(client));
            if (client % 50 == 0) {
                assertThat(call("GET", "/public/lookups", "198.51.100.11").getStatus()).isEqualTo(429);
            }
        }
        assertThat(call("GET", "/public/lookups", "198.51.100.11").getStatus()).isEqualTo(429);
    }

    @Test
    void aClientIdleForAWholePeriodIsForgottenWithNothingLost() throws Exception {
        for (int i = 0; i < 4; i++) {
            call("GET", "/public/lookups", "198.51.100.12");
        }
        clock.advance(Duration.ofMinutes(10));

        assertThat(filter.trackedClients("lookups")).isZero();
        for (int i = 0; i < 3; i++) {
            assertThat(call("GET", "/public/lookups", "198.51.100.12").getStatus()).isEqualTo(200);
        }
        assertThat(call("GET", "/public/lookups", "198.51.100.12").getStatus()).isEqualTo(429);
    }

    private RateLimitFilter filter(int trackedClients) {
        return new RateLimitFilter(new TestRequests(), Optional.empty(), new AbuseProtectionProperties(trackedClients, 2_048),
                new ProblemResponses(new ObjectMapper()), clock);
    }

    private static String address(int client) {
        return "10.%d.%d.%d".formatted(client >> 16 & 255, client >> 8 & 255, client & 255);
    }

    private MockHttpServletResponse call(String method, String path, String client, String... flags) throws Exception {
        MockHttpServletRequest request = request(method, path, client);
        for (String flag : flags) {
            request.setParameter(flag, "");
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, countingChain());
        return response;
    }

    private static MockHttpServletRequest request(String method, String path, String client) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        request.setRemoteAddr(client);
        return request;
    }

    private FilterChain countingChain() {
        return (request, response) -> handled.incrementAndGet();
    }

    /** Lookups and submissions are public; a lookup that only redraws a page spends nothing. */
    private static final class TestRequests implements PublicRequests {

        @Override
        public Optional<RateLimit> limitOf(HttpServletRequest request) {
            if (request.getRequestURI().startsWith("/public/lookups")) {
                return Optional.of(LOOKUPS);
            }
            return request.getRequestURI().startsWith("/public/submissions") ? Optional.of(SUBMISSIONS) : Optional.empty();
        }

        @Override
        public boolean spendsAllowance(HttpServletRequest request, RateLimit limit) {
            return !(limit.equals(LOOKUPS) && request.getParameter("redraw") != null);
        }
    }
}
