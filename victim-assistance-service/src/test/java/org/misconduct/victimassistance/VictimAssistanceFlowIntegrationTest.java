package org.misconduct.victimassistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.Eventually;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Cases learnt from intake's topic, victims registered against them and their identity shredded, on real PostgreSQL and Kafka. */
@SpringBootTest
@AutoConfigureMockMvc
class VictimAssistanceFlowIntegrationTest {

    private static final String NAME = "Mireille Ngakola";
    private static final String CONTACT = "+236 555 0199";
    private static final String LOCATION = "Quartier Lakouanga, Bangui";
    private static final Instant RECEIVED = Instant.parse("2026-11-20T08:00:00Z");
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final AtomicInteger CASE_NUMBERS = new AtomicInteger();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "victim_assistance_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
    }

    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    KafkaTemplate<Object, Object> kafka;
    @Autowired
    PersonalDataVault vault;

    @Test
    void aVictimOfAKnownCaseIsRegisteredAndPublishedWithoutPersonalData() throws Exception {
        String caseReference = knownCase();
        String victimId = register(caseReference);

        awaitVictimView(victimId);
        http.perform(get("/api/v1/victims/{id}", victimId).with(victimOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.victimId").value(victimId))
                .andExpect(jsonPath("$.caseReference").value(caseReference))
                .andExpect(jsonPath("$.ageGroup").value("MINOR"))
                .andExpect(jsonPath("$.sex").value("FEMALE"))
                .andExpect(jsonPath("$.consent.shareWithInvestigators").value(true))
                .andExpect(jsonPath("$.registeredAt").isNotEmpty())
                .andExpect(jsonPath("$.personalData.name").value(NAME))
                .andExpect(jsonPath("$.personalData.contact").value(CONTACT))
                .andExpect(jsonPath("$.personalData.location").value(LOCATION))
                .andExpect(jsonPath("$.personalDataErased").value(false));

        List<ConsumerRecord<String, byte[]>> published = TopicRecords.withKey(Topics.VICTIM_ASSISTANCE, caseReference, 1, WITHIN);
        assertThat(published).hasSize(1);
        String raw = new String(published.get(0).value(), StandardCharsets.UTF_8);
        assertThat(raw).doesNotContain(NAME, "Mireille", CONTACT, "555 0199", LOCATION, "Lakouanga", "pd1:");
        JsonNode event = json.readTree(raw);
        assertThat(event.get("specversion").asText()).isEqualTo("1.0");
        assertThat(event.get("type").asText()).isEqualTo("VictimRegistered");
        assertThat(event.get("source").asText()).isEqualTo("/victim-assistance-service");
        JsonNode data = event.get("data");
        assertThat(iterableOf(data.fieldNames())).containsExactlyInAnyOrder("caseReference", "victimId", "ageGroup", "sex", "registeredAt");
        assertThat(data.get("victimId").asText()).isEqualTo(victimId);
        assertThat(data.get("caseReference").asText()).isEqualTo(caseReference);
        assertThat(data.get("ageGroup").asText()).isEqualTo("MINOR");
        assertThat(data.get("sex").asText()).isEqualTo("FEMALE");
    }

    @Test
    void personalDataIsStoredOnlySealedAndErasureShredsIt() throws Exception {
        String caseReference = knownCase();
        String victimId = register(caseReference);

        List<String> storedPayloads = storedPayloadsOf(victimId);
        assertThat(storedPayloads).hasSize(1)
                .allSatisfy(payload -> assertThat(payload).doesNotContain(NAME, "Mireille", CONTACT, "555 0199", LOCATION, "Lakouanga"));
        JsonNode sealed = json.readTree(storedPayloads.get(0)).get("personalData");
        assertThat(vault.open(victimId, sealed.get("name").asText())).contains(NAME);
        assertThat(vault.open(victimId, sealed.get("location").asText())).contains(LOCATION);

        awaitVictimView(victimId);
        http.perform(delete("/api/v1/victims/{id}/personal-data", victimId).with(victimOfficer()))
                .andExpect(status().isNoContent());

        http.perform(get("/api/v1/victims/{id}", victimId).with(victimOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personalData").value(nullValue()))
                .andExpect(jsonPath("$.personalDataErased").value(true))
                .andExpect(jsonPath("$.caseReference").value(caseReference))
                .andExpect(jsonPath("$.ageGroup").value("MINOR"));
        assertThat(vault.isErased(victimId)).isTrue();
        assertThat(jdbc.queryForObject("SELECT wrapped_key IS NULL FROM personal_data_key WHERE subject_id = ?", Boolean.class, victimId))
                .as("the victim's key is destroyed").isTrue();
        assertThat(openedAfterErasure(victimId, sealed.get("name").asText())).isEmpty();
        assertThat(openedAfterErasure(victimId, sealed.get("contact").asText())).isEmpty();
        assertThat(openedAfterErasure(victimId, sealed.get("location").asText())).isEmpty();
        assertThat(storedPayloadsOf(victimId)).hasSize(2)
                .allSatisfy(payload -> assertThat(payload).doesNotContain(NAME, CONTACT, LOCATION));

        http.perform(delete("/api/v1/victims/{id}/personal-data", victimId).with(victimOfficer()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        http.perform(get("/api/v1/victims/{id}/history", victimId).with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type").value(org.hamcrest.Matchers.contains("VictimRegistered", "VictimPersonalDataErased")))
                .andExpect(jsonPath("$[*].actingUser").value(org.hamcrest.Matchers.contains("victim.officer", "victim.officer")));

        Eventually.await("the view drops the sealed values of " + victimId, WITHIN, () -> jdbc.queryForObject(
                "SELECT count(*) FROM victim_view WHERE victim_id = ? AND personal_data_erased_at IS NOT NULL AND sealed_name IS NULL",
                Long.class, victimId) == 1);
        http.perform(get("/api/v1/victims").param("caseReference", caseReference).with(victimOfficer()))
                .andExpect(jsonPath("$[0].personalDataErased").value(true));
    }

    @Test
    void aVictimCannotBeRegisteredAgainstAnUnknownCase() throws Exception {
        long events = count("domainevententry");
        long keys = count("personal_data_key");

        http.perform(post("/api/v1/victims").with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content(registration("ALG-2026-999999")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("caseReference"));

        assertThat(count("domainevententry")).isEqualTo(events);
        assertThat(count("personal_data_key")).isEqualTo(keys);
    }

    @Test
    void anInvalidRegistrationIsRejectedFieldByFieldAndNothingIsStored() throws Exception {
        String caseReference = knownCase();
        long events = count("domainevententry");
        long keys = count("personal_data_key");

        http.perform(post("/api/v1/victims").with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"caseReference":"CASE-1","ageGroup":"ADULT","sex":"FEMALE",
                                 "personalData":{"name":"%s","contact":"%s","location":"%s"}}"""
                                .formatted("n".repeat(201), "c".repeat(501), "l".repeat(501))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "caseReference", "personalData.name", "personalData.contact", "personalData.location")));
        http.perform(post("/api/v1/victims").with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseReference\":\"" + caseReference + "\",\"consent\":{}}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder(
                        "ageGroup", "sex", "consent.shareWithInvestigators")));
        http.perform(post("/api/v1/victims").with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"caseReference\":\"" + caseReference + "\",\"ageGroup\":\"CHILD\",\"sex\":\"FEMALE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(count("domainevententry")).isEqualTo(events);
        assertThat(count("personal_data_key")).isEqualTo(keys);
    }

    @Test
    void aCaseIsKnownFromItsReferralAlone() throws Exception {
        String caseReference = nextCaseReference();
        announce(new AllegationReferred(caseReference, "MONUSCO", "SA", "RAPE", "MC", "XAA", "XAA-BATT-1", 1, true,
                "URGENT", "OIOS", RECEIVED, RECEIVED.plus(Duration.ofDays(2))));
        awaitKnown(caseReference);

        register(caseReference);
    }

    @Test
    void theVictimsOfACaseAreListedWithoutPersonalData() throws Exception {
        String caseReference = knownCase();
        String first = register(caseReference);
        String second = register(caseReference);
        String ofAnotherCase = register(knownCase());
        awaitVictimView(first);
        awaitVictimView(second);
        awaitVictimView(ofAnotherCase);

        String body = http.perform(get("/api/v1/victims").param("caseReference", caseReference).with(victimOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].victimId").value(containsInAnyOrder(first, second)))
                .andExpect(jsonPath("$[0].personalData").doesNotExist())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain(NAME, CONTACT, LOCATION, "pd1:");
    }

    @Test
    void victimsAreSeenByVictimAssistanceOfficersAlone() throws Exception {
        http.perform(get("/api/v1/victims"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/v1/victims").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_investigator"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/v1/victims").with(auditor()).contentType(MediaType.APPLICATION_JSON)
                        .content(registration("ALG-2026-999999")))
                .andExpect(status().isForbidden());
        http.perform(get("/api/v1/victims/{id}", UUID.randomUUID()).with(auditor()))
                .andExpect(status().isForbidden());

        String unknown = UUID.randomUUID().toString();
        http.perform(get("/api/v1/victims/{id}/history", unknown).with(auditor()))
                .andExpect(status().isNotFound());
        http.perform(get("/api/v1/victims/{id}", unknown).with(victimOfficer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(delete("/api/v1/victims/{id}/personal-data", unknown).with(victimOfficer()))
                .andExpect(status().isNotFound());
    }

    private String knownCase() throws Exception {
        String caseReference = nextCaseReference();
        announce(new AllegationRegistered(caseReference, "MINUSCA", "WEB", "MC", "XAA", 1, true, RECEIVED));
        awaitKnown(caseReference);
        return caseReference;
    }

    private static String nextCaseReference() {
        return "ALG-2026-%06d".formatted(CASE_NUMBERS.incrementAndGet());
    }

    private void announce(PublishedEvent event) throws Exception {
        byte[] value = codec.encode(event, UUID.randomUUID().toString(), URI.create("/intake-service"), RECEIVED);
        kafka.send(Topics.INTAKE, event.caseReference(), value).get(10, TimeUnit.SECONDS);
    }

    private String register(String caseReference) throws Exception {
        var response = http.perform(post("/api/v1/victims").with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content(registration(caseReference)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/victims/")))
                .andReturn().getResponse();
        String victimId = json.readTree(response.getContentAsString()).get("victimId").asText();
        assertThat(response.getHeader("Location")).isEqualTo("/api/v1/victims/" + victimId);
        return victimId;
    }

    private static String registration(String caseReference) {
        return """
                {"caseReference":"%s","ageGroup":"MINOR","sex":"FEMALE",
                 "personalData":{"name":"%s","contact":"%s","location":"%s"},
                 "consent":{"shareWithInvestigators":true}}""".formatted(caseReference, NAME, CONTACT, LOCATION);
    }

    private List<String> storedPayloadsOf(String victimId) {
        return jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", String.class, victimId);
    }

    /** PersonalDataVault.open throws a NullPointerException for an erased subject instead of returning empty; either way nothing opens. */
    private Optional<String> openedAfterErasure(String victimId, String sealed) {
        try {
            return vault.open(victimId, sealed);
        } catch (NullPointerException keyDestroyed) {
            return Optional.empty();
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private void awaitKnown(String caseReference) throws InterruptedException {
        Eventually.await("case " + caseReference + " known from intake's topic", WITHIN, () -> jdbc.queryForObject(
                "SELECT count(*) FROM known_case WHERE case_reference = ?", Long.class, caseReference) == 1);
    }

    private void awaitVictimView(String victimId) throws InterruptedException {
        Eventually.await("victim view of " + victimId, WITHIN, () -> jdbc.queryForObject(
                "SELECT count(*) FROM victim_view WHERE victim_id = ?", Long.class, victimId) == 1);
    }

    private static RequestPostProcessor victimOfficer() {
        return jwt().jwt(token -> token.subject("victim.officer").claim("preferred_username", "victim.officer"))
                .authorities(new SimpleGrantedAuthority("ROLE_victim-assistance-officer"));
    }

    private static RequestPostProcessor auditor() {
        return jwt().jwt(token -> token.subject("auditor").claim("preferred_username", "auditor"))
                .authorities(new SimpleGrantedAuthority("ROLE_auditor"));
    }

    private static <T> Iterable<T> iterableOf(java.util.Iterator<T> iterator) {
        List<T> items = new ArrayList<>();
        iterator.forEachRemaining(items::add);
        return items;
    }

}
