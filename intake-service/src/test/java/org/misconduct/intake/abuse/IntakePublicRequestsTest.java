package org.misconduct.intake.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.misconduct.web.abuse.Allowance;
import org.misconduct.web.abuse.RateLimit;
import org.springframework.mock.web.MockHttpServletRequest;

class IntakePublicRequestsTest {

    private final IntakePublicRequests requests = new IntakePublicRequests(new PublicEndpointLimits(
            new Allowance(20, Duration.ofMinutes(10)), new Allowance(60, Duration.ofMinutes(10))),
            new jakarta.servlet.MultipartConfigElement("", 50_000_000L, 51_000_000L, 0));

    @Test
    void onlyUploadsOfFilesMayCarryMoreThanTheStandardBody() {
        MockHttpServletRequest attachment = new MockHttpServletRequest("POST", "/api/v1/complaints/ALG-2026-000001/attachments");
        attachment.setContentType("multipart/form-data; boundary=x");
        MockHttpServletRequest message = new MockHttpServletRequest("POST", "/api/v1/complaints/ALG-2026-000001/messages");
        message.setContentType("multipart/form-data; boundary=x");
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/complaints");
        form.setContentType("application/x-www-form-urlencoded");

        assertThat(requests.maxRequestBytes(attachment, 262_144)).isEqualTo(51_000_000L);
        assertThat(requests.maxRequestBytes(message, 262_144)).isEqualTo(262_144);
        assertThat(requests.maxRequestBytes(form, 262_144)).isEqualTo(262_144);
    }

    @Test
    void submissionsByApiAndWebFormShareTheSubmissionLimit() {
        assertThat(limitOf("POST", "/api/v1/complaints")).hasValueSatisfying(limit -> assertThat(limit.name()).isEqualTo("submissions"));
        assertThat(limitOf("POST", "/complaints")).hasValueSatisfying(limit -> assertThat(limit.name()).isEqualTo("submissions"));
    }

    @Test
    void everyRequestThatNamesAComplaintOrPostsToAFollowUpPageIsAFollowUp() {
        for (String[] request : new String[][] {
                {"GET", "/api/v1/complaints/ALG-2026-000001"}, {"HEAD", "/api/v1/complaints/ALG-2026-000001"},
                {"POST", "/api/v1/complaints/ALG-2026-000001/messages"}, {"POST", "/api/v1/complaints/ALG-2026-000001/attachments"},
                {"POST", "/follow-up"}, {"POST", "/follow-up/messages"}}) {
            assertThat(limitOf(request[0], request[1])).as(String.join(" ", request))
                    .hasValueSatisfying(limit -> assertThat(limit.name()).isEqualTo("follow-ups"));
        }
    }

    @Test
    void noParameterExemptsARequestThatChecksACode() {
        for (String path : new String[] {"/follow-up", "/follow-up/messages", "/api/v1/complaints/ALG-2026-000001"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
            request.setParameter("switchLanguage", "sw");
            RateLimit limit = requests.limitOf(request).orElseThrow();

            assertThat(requests.spendsAllowance(request, limit)).as(path).isTrue();
        }
    }

    @Test
    void redrawingTheComplaintFormInAnotherLanguageSpendsNothing() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/complaints");
        request.setParameter("switchLanguage", "ar");

        assertThat(requests.spendsAllowance(request, requests.limitOf(request).orElseThrow())).isFalse();
    }

    @Test
    void anApiSubmissionCannotPassForALanguageSwitch() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/complaints");
        request.setParameter("switchLanguage", "ar");

        assertThat(requests.spendsAllowance(request, requests.limitOf(request).orElseThrow())).isTrue();
    }

    @Test
    void pagesThatOnlyShowAFormAndStaffEndpointsAreNotLimitedHere() {
        for (String[] request : new String[][] {{"GET", "/"}, {"GET", "/follow-up"}, {"GET", "/follow-up/messages"},
                {"GET", "/complaints"}, {"GET", "/api/v1/allegations"}, {"POST", "/api/v1/allegations/ALG-2026-000001/closure"}}) {
            assertThat(limitOf(request[0], request[1])).as(String.join(" ", request)).isEmpty();
        }
    }

    private Optional<RateLimit> limitOf(String method, String path) {
        return requests.limitOf(new MockHttpServletRequest(method, path));
    }
}
