package org.misconduct.intake.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Publisher;
import org.misconduct.testinfra.ServiceTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The follow-up allowance holds through the whole web stack, on real PostgreSQL: whatever the parameters of a
 * request that checks a code, and however many addresses of one IPv6 network send it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicEndpointLimitsIntegrationTest {

    private static final int REQUESTS = 1_000;
    private static final String UNKNOWN_CASE = "ALG-2026-999999";
    private static final String WRONG_CODE = "AAAA-BBBB-CCCC-DDDD-EEEE";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "intake_abuse_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerFollowUpCodeKey(registry);
        // Nothing here is published or consumed; the shared broker keeps other tests' events apart.
        registry.add("misconduct.publication.topic", () -> "misconduct.intake.v1.abuse-test");
        registry.add("misconduct.publication.source", () -> Publisher.INTAKE.source().toString());
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
        // The bucket refills gradually; over a day, so that a slow run of a thousand requests gets none back meanwhile.
        registry.add("misconduct.abuse-protection.follow-ups.period", () -> "P1D");
    }

    @Autowired
    MockMvc http;
    @Autowired
    PublicEndpointLimits limits;

    @Test
    void aThousandFollowUpsFromOneClientAreLimitedAfterTheAllowanceWithOrWithoutALanguageSwitch() throws Exception {
        for (boolean languageSwitch : new boolean[] {true, false}) {
            String client = languageSwitch ? "198.51.100.21" : "198.51.100.22";
            List<MockHttpServletResponse> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                MockHttpServletRequestBuilder message = post("/follow-up/messages").param("lang", "en")
                        .param("caseReference", UNKNOWN_CASE).param("followUpCode", WRONG_CODE).param("text", "Hello");
                if (languageSwitch) {
                    message.param("switchLanguage", "fr");
                }
                answers.add(from(client, message));
            }

            assertThat(answers).as("language switch: " + languageSwitch).filteredOn(answer -> answer.getStatus() == 404)
                    .hasSize(limits.followUps().requests());
            assertThat(answers.subList(limits.followUps().requests(), REQUESTS))
                    .allSatisfy(answer -> assertRefusedWithSecurityHeaders(answer, "text/html"));
        }
    }

    @Test
    void aThousandAddressesOfOneIpv6NetworkShareOneFollowUpAllowance() throws Exception {
        List<MockHttpServletResponse> answers = new ArrayList<>();
        for (int host = 1; host <= REQUESTS; host++) {
            answers.add(from("2001:db8:4:1:%x:%x::1".formatted(host, host * 31),
                    get("/api/v1/complaints/{ref}", UNKNOWN_CASE).header("Follow-Up-Code", WRONG_CODE)));
        }

        assertThat(answers).filteredOn(answer -> answer.getStatus() == 404).hasSize(limits.followUps().requests());
        assertThat(answers.subList(limits.followUps().requests(), REQUESTS))
                .allSatisfy(answer -> assertRefusedWithSecurityHeaders(answer, "application/problem+json"));
        assertThat(from("2001:db8:4:2::1", get("/api/v1/complaints/{ref}", UNKNOWN_CASE).header("Follow-Up-Code", WRONG_CODE))
                .getStatus()).as("another /64").isEqualTo(404);
    }

    private MockHttpServletResponse from(String client, MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request.with(sent -> {
            sent.setRemoteAddr(client);
            return sent;
        })).andReturn().getResponse();
    }

    private static void assertRefusedWithSecurityHeaders(MockHttpServletResponse answer, String contentType) {
        assertThat(answer.getStatus()).isEqualTo(429);
        assertThat(answer.getContentType()).startsWith(contentType);
        assertThat(answer.getHeader("Retry-After")).isNotBlank();
        assertThat(answer.getHeader("Cache-Control")).contains("no-store");
        assertThat(answer.getHeaderNames()).contains("X-Content-Type-Options", "X-Frame-Options", "Referrer-Policy",
                "Content-Security-Policy");
    }
}
