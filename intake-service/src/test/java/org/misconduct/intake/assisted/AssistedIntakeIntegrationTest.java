package org.misconduct.intake.assisted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Publisher;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.codes.Channel;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Complaints staff take by hotline, in person or from a focal point, registered on the complainant's behalf, and the
 * public complaint whose channel is always the web; on real PostgreSQL and Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssistedIntakeIntegrationTest {

    private static final String NARRATIVE = "A caller reported that a patrol officer demanded sex in exchange for letting her pass.";
    private static final String NAME = "Mariam Caller";
    private static final String CONTACT = "+236 555 0199";

    /** This database numbers its cases from 1 like the other intake tests': its events go to a topic of their own. */
    private static final String TOPIC = Topics.INTAKE + ".assisted-intake-test";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        // Only requests change the service here: no partitions of the shared topics taken from other tests of this JVM.
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
        registry.add("misconduct.publication.topic", () -> TOPIC);
        registry.add("misconduct.publication.source", () -> Publisher.INTAKE.source().toString());
        ServiceTestProperties.register(registry, "intake_assisted_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerFollowUpCodeKey(registry);
        registry.add("misconduct.abuse-protection.submissions.requests", () -> "1000");
        registry.add("misconduct.abuse-protection.follow-ups.requests", () -> "1000");
    }

    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aHotlineComplaintRegisteredByAFocalPointShowsItsChannelAndWhoTookIt() throws Exception {
        String body = http.perform(post("/api/v1/allegations").with(staff("focal.point", "community-focal-point"))
                        .contentType(MediaType.APPLICATION_JSON).content(complaint(Channel.HOTLINE, true)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/allegations/ALG-")))
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.followUpCode").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        JsonNode receipt = json.readTree(body);
        String caseReference = receipt.get("caseReference").asText();

        awaitView(caseReference);
        http.perform(get("/api/v1/allegations/{ref}", caseReference).with(staff("intake.officer", "intake-officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.channel").value("HOTLINE"))
                .andExpect(jsonPath("$.complainant.name").value(NAME))
                .andExpect(jsonPath("$.description").value(NARRATIVE));
        http.perform(get("/api/v1/allegations/{ref}/history", caseReference).with(staff("intake.officer", "intake-officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].type").value("AllegationRegistered"))
                .andExpect(jsonPath("$[0].actingUser").value("focal.point"));
        http.perform(get("/api/v1/complaints/{ref}", caseReference).header("Follow-Up-Code", receipt.get("followUpCode").asText()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RECEIVED"));

        assertThat(jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?",
                String.class, caseReference)).singleElement().satisfies(payload -> assertThat(payload)
                .contains("HOTLINE").doesNotContain(NAME, CONTACT, "patrol officer"));
        List<ConsumerRecord<String, byte[]>> published = TopicRecords.withKey(TOPIC, caseReference, 1, Duration.ofSeconds(30));
        JsonNode registered = json.readTree(published.get(0).value());
        assertThat(registered.get("type").asText()).isEqualTo("AllegationRegistered");
        assertThat(registered.at("/data/channel").asText()).isEqualTo("HOTLINE");
        assertThat(new String(published.get(0).value(), StandardCharsets.UTF_8)).doesNotContain(NAME, CONTACT, "focal.point");
    }

    @Test
    void anIntakeOfficerRegistersAWalkInAnonymously() throws Exception {
        String caseReference = register(staff("intake.officer", "intake-officer"), complaint(Channel.WALK_IN, false), null)
                .get("caseReference").asText();
        awaitView(caseReference);
        http.perform(get("/api/v1/allegations/{ref}", caseReference).with(staff("intake.officer", "intake-officer")))
                .andExpect(jsonPath("$.channel").value("WALK_IN"))
                .andExpect(jsonPath("$.anonymous").value(true));
        http.perform(get("/api/v1/allegations/{ref}/history", caseReference).with(staff("intake.officer", "intake-officer")))
                .andExpect(jsonPath("$[0].actingUser").value("intake.officer"));
    }

    @Test
    void aFocalPointRegistersComplaintsButReadsAndTriagesNone() throws Exception {
        String caseReference = register(staff("focal.point", "community-focal-point"), complaint(Channel.COMMUNITY_FOCAL_POINT, true), null)
                .get("caseReference").asText();
        RequestPostProcessor focalPoint = staff("focal.point", "community-focal-point");
        for (MockHttpServletRequestBuilder request : List.of(get("/api/v1/allegations"), get("/api/v1/allegations/" + caseReference),
                get("/api/v1/allegations/" + caseReference + "/history"))) {
            http.perform(request.with(focalPoint)).andExpect(status().isForbidden());
        }
        http.perform(post("/api/v1/allegations/{ref}/closure", caseReference).with(focalPoint)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"DUPLICATE\",\"note\":\"no\"}"))
                .andExpect(status().isForbidden());
        http.perform(post("/api/v1/allegations").with(staff("investigator.oios", "investigator"))
                        .contentType(MediaType.APPLICATION_JSON).content(complaint(Channel.HOTLINE, false)))
                .andExpect(status().isForbidden());
        http.perform(post("/api/v1/allegations").contentType(MediaType.APPLICATION_JSON).content(complaint(Channel.HOTLINE, false)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void staffMustNameHowTheComplaintWasReceivedAndItIsNeverTheWeb() throws Exception {
        long before = storedEvents();
        for (Channel channel : new Channel[]{null, Channel.WEB}) {
            http.perform(post("/api/v1/allegations").with(staff("intake.officer", "intake-officer"))
                            .contentType(MediaType.APPLICATION_JSON).content(complaint(channel, true)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("channel"));
        }
        http.perform(post("/api/v1/allegations").with(staff("intake.officer", "intake-officer"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mission\":\"MINUSCA\",\"description\":\"" + NARRATIVE + "\",\"channel\":\"FAX\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    void aPublicComplaintIsAlwaysReceivedByTheWebAndCannotClaimAnotherChannel() throws Exception {
        long before = storedEvents();
        for (Channel channel : List.of(Channel.HOTLINE, Channel.COMMUNITY_FOCAL_POINT, Channel.REFERRAL)) {
            http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content(complaint(channel, true)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("channel"));
        }
        assertThat(storedEvents()).isEqualTo(before);

        for (Channel channel : new Channel[]{null, Channel.WEB}) {
            String caseReference = json.readTree(http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                            .content(complaint(channel, false)))
                    .andExpect(status().isCreated())
                    .andReturn().getResponse().getContentAsString()).get("caseReference").asText();
            awaitView(caseReference);
            http.perform(get("/api/v1/allegations/{ref}", caseReference).with(staff("intake.officer", "intake-officer")))
                    .andExpect(jsonPath("$.channel").value("WEB"));
            http.perform(get("/api/v1/allegations/{ref}/history", caseReference).with(staff("intake.officer", "intake-officer")))
                    .andExpect(jsonPath("$[0].actingUser").value("complainant"));
        }
    }

    @Test
    void aRetryByTheSameStaffMemberGetsTheFirstReceiptAndAnotherStaffMembersKeyIsTheirOwn() throws Exception {
        String key = UUID.randomUUID().toString();
        String complaint = complaint(Channel.SMS, true);
        JsonNode first = register(staff("focal.point", "community-focal-point"), complaint, key);
        JsonNode retried = register(staff("focal.point", "community-focal-point"), complaint, key);
        assertThat(retried).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                first.get("caseReference").asText())).isEqualTo(1);

        JsonNode byAnother = register(staff("intake.officer", "intake-officer"), complaint, key);
        assertThat(byAnother.get("caseReference").asText()).isNotEqualTo(first.get("caseReference").asText());

        long before = storedEvents();
        http.perform(post("/api/v1/allegations").with(staff("focal.point", "community-focal-point")).header("Idempotency-Key", key)
                        .contentType(MediaType.APPLICATION_JSON).content(complaint(Channel.EMAIL, true)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(storedEvents()).isEqualTo(before);
    }

    private JsonNode register(RequestPostProcessor staff, String complaint, String idempotencyKey) throws Exception {
        MockHttpServletRequestBuilder request = post("/api/v1/allegations").with(staff)
                .contentType(MediaType.APPLICATION_JSON).content(complaint);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return json.readTree(http.perform(request).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
    }

    private String complaint(Channel channel, boolean named) throws Exception {
        Map<String, Object> complaint = new LinkedHashMap<>();
        complaint.put("mission", "MINUSCA");
        complaint.put("description", NARRATIVE);
        complaint.put("language", "sg");
        if (channel != null) {
            complaint.put("channel", channel.name());
        }
        complaint.put("personnelCategory", "UNPOL");
        if (named) {
            complaint.put("complainant", Map.of("name", NAME, "contact", CONTACT, "isVictim", true));
        }
        return json.writeValueAsString(complaint);
    }

    private void awaitView(String caseReference) {
        await("allegation view of " + caseReference).atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM allegation_view WHERE case_reference = ?", Long.class, caseReference) == 1);
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private static RequestPostProcessor staff(String user, String role) {
        return jwt().jwt(token -> token.subject(user).claim("preferred_username", user))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
