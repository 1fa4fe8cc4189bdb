package org.misconduct.victimassistance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.EventStoreTampering;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TamperingScenarios;
import org.misconduct.testinfra.TestCaseReferences;
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

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "victim_assistance_flow_it");
        registry.add("misconduct.integrity.checkpoint-interval", () -> "PT1S");
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
    @Autowired
    MeterRegistry meters;

    @Test
    void eachRegisteredVictimIsCounted() throws Exception {
        double before = registeredVictims();
        register(knownCase());

        await("the registration counted").atMost(WITHIN).until(() -> registeredVictims() >= before + 1);
    }

    private double registeredVictims() {
        return meters.get("misconduct.victims.registered").counter().count();
    }

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

        List<ConsumerRecord<String, byte[]>> published = TopicRecords.withKey(Topics.VICTIM_ASSISTANCE, caseReference, 2, WITHIN);
        assertThat(published).hasSize(2);
        assertThat(published).allSatisfy(record -> assertThat(new String(record.value(), StandardCharsets.UTF_8))
                .doesNotContain(NAME, "Mireille", CONTACT, "555 0199", LOCATION, "Lakouanga", "pd1:"));
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
    void anErasedVictimLeavesTheChainIntactAndEveryTamperingIsFoundAtItsGlobalIndex() throws Exception {
        String victimId = register(knownCase());
        identifyNeed(victimId, "MEDICAL");
        awaitVictimView(victimId);
        http.perform(delete("/api/v1/victims/{id}/personal-data", victimId).with(victimOfficer()))
                .andExpect(status().is2xxSuccessful());

        http.perform(get("/api/v1/integrity").with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.intact").value(true))
                .andExpect(jsonPath("$.events").value(count("domainevententry")))
                .andExpect(jsonPath("$.firstBroken").value(nullValue()));
        http.perform(get("/api/v1/integrity").with(victimOfficer())).andExpect(status().isForbidden());
        assertThat(TamperingScenarios.run("victim_assistance_flow_it", this::integrity, this::anchoredThrough)).isEmpty();
    }

    @Test
    void checkpointsReadBackFromKafkaRevealLostNewestEventsAndARewrittenChain() throws Exception {
        String victimId = register(knownCase());
        identifyNeed(victimId, "LEGAL");
        awaitVictimView(victimId);
        long chained = jdbc.queryForObject("SELECT max(globalindex) FROM event_chain", Long.class);
        await("a checkpoint through " + chained).atMost(WITHIN).until(() -> anchoredThrough() >= chained);
        // The checkpoint's own event: events stored after it must not hide its loss or its rewriting.
        long newest = anchoredThrough();
        JdbcTemplate superuser = superuser();

        Runnable restore = new EventStoreTampering(superuser.getDataSource()).deleteEventAndItsLink(newest);
        assertThat(integrity()).isEqualTo(new TamperingScenarios.Verdict(false, newest, "missing"));
        restore.run();
        assertThat(integrity()).isEqualTo(new TamperingScenarios.Verdict(true, null, null));

        flipAndRechain(superuser, newest);
        assertThat(integrity()).isEqualTo(new TamperingScenarios.Verdict(false, newest, "changed"));
        flipAndRechain(superuser, newest);
        assertThat(integrity()).isEqualTo(new TamperingScenarios.Verdict(true, null, null));
    }

    /** Changes one byte of the event and rewrites its chain row as the trigger would have: consistent in itself. */
    private static void flipAndRechain(JdbcTemplate superuser, long globalIndex) {
        superuser.update("""
                UPDATE domainevententry SET payload = set_byte(payload, 0, get_byte(payload, 0) # 1) WHERE globalindex = ?""", globalIndex);
        superuser.update("""
                UPDATE event_chain c SET digest = event_chain_digest(e),
                    link = sha256((SELECT p.link FROM event_chain p WHERE p.globalindex = c.previousindex) || int8send(c.globalindex)
                                  || event_chain_digest(e))
                FROM domainevententry e WHERE e.globalindex = c.globalindex AND c.globalindex = ?""", globalIndex);
    }

    private long anchoredThrough() {
        try {
            JsonNode anchored = json.readTree(http.perform(get("/api/v1/integrity").with(auditor())).andReturn().getResponse()
                    .getContentAsString()).get("anchoredThrough");
            return anchored == null || anchored.isNull() ? -1 : anchored.asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static JdbcTemplate superuser() {
        var database = org.misconduct.testinfra.TestInfrastructure.postgres("victim_assistance_flow_it");
        return new JdbcTemplate(new org.springframework.jdbc.datasource.DriverManagerDataSource(
                database.jdbcUrl(), database.username(), database.password()));
    }

    private TamperingScenarios.Verdict integrity() {
        try {
            JsonNode report = json.readTree(http.perform(get("/api/v1/integrity").with(auditor()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            JsonNode broken = report.get("firstBroken");
            return new TamperingScenarios.Verdict(report.get("intact").asBoolean(),
                    broken.isNull() ? null : broken.get("globalIndex").asLong(), broken.isNull() ? null : broken.get("reason").asText());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void personalDataIsStoredOnlySealedAndErasureShredsIt() throws Exception {
        String caseReference = knownCase();
        String victimId = register(caseReference);

        List<String> storedPayloads = storedPayloadsOf(victimId);
        assertThat(storedPayloads).hasSize(2)
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
        assertThat(storedPayloadsOf(victimId)).hasSize(3)
                .allSatisfy(payload -> assertThat(payload).doesNotContain(NAME, CONTACT, LOCATION));

        http.perform(delete("/api/v1/victims/{id}/personal-data", victimId).with(victimOfficer()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        http.perform(get("/api/v1/victims/{id}/history", victimId).with(auditor()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].type").value(org.hamcrest.Matchers.contains("VictimRegistered", "FirstContactClockStarted", "VictimPersonalDataErased")))
                .andExpect(jsonPath("$[*].actingUser").value(org.hamcrest.Matchers.contains("victim.officer", "victim.officer", "victim.officer")));

        await("the view drops the sealed values of " + victimId).atMost(WITHIN).until(() -> jdbc.queryForObject(
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
                .andExpect(status().isUnprocessableEntity())
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
    void poisonIsDeadLetteredAtOnceAndTheRecordBehindItOnThePartitionIsHandledWithinSeconds() throws Exception {
        String caseReference = TestCaseReferences.next();
        // One key, one partition: the garbage and the unknown type stand in front of the registration.
        TopicRecords.declare(Topics.INTAKE);
        kafka.send(Topics.INTAKE, caseReference, "not a cloud event".getBytes(StandardCharsets.UTF_8)).get(10, TimeUnit.SECONDS);
        kafka.send(Topics.INTAKE, caseReference, """
                {"specversion":"1.0","id":"%s","type":"AllegationWithdrawn","source":"/intake-service",
                 "datacontenttype":"application/json","data":{"caseReference":"%s"}}"""
                .formatted(UUID.randomUUID(), caseReference).getBytes(StandardCharsets.UTF_8)).get(10, TimeUnit.SECONDS);
        announce(new AllegationRegistered(caseReference, "MINUSCA", "WEB", "MC", "XAA", 1, true, RECEIVED));

        await("the registration behind the poison").atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM known_case WHERE case_reference = ?", Long.class, caseReference) == 1);
        List<ConsumerRecord<String, byte[]>> letters = TopicRecords.withKey(
                Topics.INTAKE + ".victim-assistance-service.dlt", caseReference, 2, Duration.ofSeconds(30));
        assertThat(letters).extracting(letter -> new String(letter.headers().lastHeader("misconduct_dead_letter_cause").value(),
                StandardCharsets.UTF_8)).satisfiesExactly(
                        cause -> assertThat(cause).startsWith("UndecodableEvent: "),
                        cause -> assertThat(cause).startsWith("UnknownEventType: ").contains("AllegationWithdrawn"));
    }

    @Test
    void aCaseIsKnownFromItsReferralAlone() throws Exception {
        String caseReference = TestCaseReferences.next();
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

    @Test
    void needsAreReferredAndDeliveredAndTheFirstDeliveryStopsTheFirstContactClock() throws Exception {
        String caseReference = knownCase();
        String victimId = register(caseReference);
        String needId = identifyNeed(victimId, "MEDICAL");
        identifyNeed(victimId, "LEGAL");
        String referralId = refer(victimId, "MEDICAL", "Clinique Communautaire Bangui");

        await("the referral of " + victimId + " projected").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM victim_referral_view WHERE referral_id = ?", Long.class, referralId) == 1);
        http.perform(get("/api/v1/victims/{id}", victimId).with(victimOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.needs", hasSize(2)))
                .andExpect(jsonPath("$.needs[?(@.needId == '%s')].open".formatted(needId)).value(org.hamcrest.Matchers.contains(true)))
                .andExpect(jsonPath("$.needs[0].waited").isNotEmpty())
                .andExpect(jsonPath("$.referrals[0].referralId").value(referralId))
                .andExpect(jsonPath("$.referrals[0].needId").value(needId))
                .andExpect(jsonPath("$.referrals[0].status").value("PENDING"))
                .andExpect(jsonPath("$.firstContactClock.name").value("victim-first-contact"))
                .andExpect(jsonPath("$.firstContactClock.breached").value(false))
                .andExpect(jsonPath("$.firstContactClock.stoppedAt").value(nullValue()));
        http.perform(get("/api/v1/open-needs").param("caseReference", caseReference).with(victimOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[*].kind").value(containsInAnyOrder("MEDICAL", "LEGAL")))
                .andExpect(jsonPath("$[?(@.kind == 'MEDICAL')].pendingReferralId").value(org.hamcrest.Matchers.contains(referralId)));

        http.perform(post("/api/v1/victims/{id}/referrals/{rid}/delivered", victimId, referralId).with(victimOfficer()))
                .andExpect(status().isNoContent());

        await("first contact of " + victimId + " stopped").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM victim_view WHERE victim_id = ? AND first_contact_stopped_at IS NOT NULL", Long.class, victimId) == 1);
        http.perform(get("/api/v1/victims/{id}", victimId).with(victimOfficer()))
                .andExpect(jsonPath("$.firstContactClock.met").value(true))
                .andExpect(jsonPath("$.firstContactClock.breached").value(false))
                .andExpect(jsonPath("$.referrals[0].status").value("DELIVERED"))
                .andExpect(jsonPath("$.referrals[0].deliveredAt").isNotEmpty())
                .andExpect(jsonPath("$.needs[?(@.needId == '%s')].open".formatted(needId)).value(org.hamcrest.Matchers.contains(false)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Long.class, deadlineIdOf(victimId)))
                .as("the first-contact deadline is cancelled").isZero();
        http.perform(get("/api/v1/open-needs").param("caseReference", caseReference).with(victimOfficer()))
                .andExpect(jsonPath("$[*].kind").value(org.hamcrest.Matchers.contains("LEGAL")));

        JsonNode delivered = publishedOfType(caseReference, "AssistanceDelivered", 3);
        assertThat(iterableOf(delivered.get("data").fieldNames())).containsExactlyInAnyOrder("caseReference", "victimId", "kind", "deliveredAt");
        assertThat(delivered.get("data").get("kind").asText()).isEqualTo("MEDICAL");
        assertThat(delivered.toString()).doesNotContain("Clinique", referralId, needId);
    }

    @Test
    void assistanceRulesAnswerWithProblemsAndStoreNothing() throws Exception {
        String victimId = register(knownCase());
        String referralId = refer(victimId, identifyNeed(victimId, "SAFETY"), "Refuge des Femmes");
        long events = count("domainevententry");

        http.perform(post("/api/v1/victims/{id}/needs", victimId).with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"SAFETY\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/v1/victims/{id}/needs", victimId).with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"HOUSING\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("kind"));
        http.perform(post("/api/v1/victims/{id}/referrals", victimId).with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"need\":\"LEGAL\",\"provider\":\"Clinique Juridique\"}"))
                .andExpect(status().isConflict());
        http.perform(post("/api/v1/victims/{id}/referrals", victimId).with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"need\":\"SAFETY\",\"provider\":\" \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("provider"));
        http.perform(post("/api/v1/victims/{id}/referrals/{rid}/delivered", victimId, UUID.randomUUID()).with(victimOfficer()))
                .andExpect(status().isNotFound());
        http.perform(post("/api/v1/victims/{id}/needs", UUID.randomUUID()).with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"MEDICAL\"}"))
                .andExpect(status().isNotFound());
        http.perform(post("/api/v1/victims/{id}/consent", victimId).with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shareWithInvestigators\":true}"))
                .andExpect(status().isConflict());
        http.perform(post("/api/v1/victims/{id}/paternity-claims", victimId).with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"CHILD_SUPPORT_ORDERED\"}"))
                .andExpect(status().isConflict());
        assertThat(count("domainevententry")).isEqualTo(events);

        http.perform(post("/api/v1/victims/{id}/referrals/{rid}/declined", victimId, referralId).with(victimOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"NOT_A_REASON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));
        http.perform(post("/api/v1/victims/{id}/referrals/{rid}/declined", victimId, referralId).with(victimOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"PROVIDER_UNAVAILABLE\"}"))
                .andExpect(status().isNoContent());
        http.perform(post("/api/v1/victims/{id}/referrals/{rid}/delivered", victimId, referralId).with(victimOfficer()))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        String secondReferral = refer(victimId, "SAFETY", "Another Shelter Organisation");
        http.perform(post("/api/v1/victims/{id}/referrals/{rid}/delivered", victimId, secondReferral).with(victimOfficer()))
                .andExpect(status().isNoContent());
        http.perform(post("/api/v1/victims/{id}/referrals/{rid}/declined", victimId, secondReferral).with(victimOfficer()))
                .andExpect(status().isConflict());
    }

    @Test
    void aPaternityClaimMovesThroughItsStatusesAndEachIsPublished() throws Exception {
        String caseReference = knownCase();
        String victimId = register(caseReference);

        String claimId = paternityClaim(victimId, "{\"status\":\"FILED\"}");
        assertThat(paternityClaim(victimId, "{\"status\":\"UNDER_REVIEW\"}")).isEqualTo(claimId);
        assertThat(paternityClaim(victimId, "{\"status\":\"PATERNITY_ESTABLISHED\",\"claimId\":\"" + claimId + "\"}")).isEqualTo(claimId);
        http.perform(post("/api/v1/victims/{id}/paternity-claims", victimId).with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"UNDER_REVIEW\"}"))
                .andExpect(status().isConflict());
        http.perform(post("/api/v1/victims/{id}/paternity-claims", victimId).with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"status\":\"ACCEPTED\"}"))
                .andExpect(status().isBadRequest());
        paternityClaim(victimId, "{\"status\":\"CHILD_SUPPORT_ORDERED\"}");

        await("paternity claim of " + victimId + " projected").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM paternity_claim_status_view WHERE claim_id = ?", Long.class, claimId) == 4);
        http.perform(get("/api/v1/victims/{id}", victimId).with(victimOfficer()))
                .andExpect(jsonPath("$.paternityClaims", hasSize(1)))
                .andExpect(jsonPath("$.paternityClaims[0].claimId").value(claimId))
                .andExpect(jsonPath("$.paternityClaims[0].status").value("CHILD_SUPPORT_ORDERED"))
                .andExpect(jsonPath("$.paternityClaims[0].history[*].status").value(org.hamcrest.Matchers.contains(
                        "FILED", "UNDER_REVIEW", "PATERNITY_ESTABLISHED", "CHILD_SUPPORT_ORDERED")));

        List<JsonNode> updates = published(caseReference, 6).stream()
                .filter(event -> event.get("type").asText().equals("PaternityClaimUpdated")).toList();
        assertThat(updates).extracting(event -> event.get("data").get("status").asText())
                .containsExactly("FILED", "UNDER_REVIEW", "PATERNITY_ESTABLISHED", "CHILD_SUPPORT_ORDERED");
        assertThat(iterableOf(updates.get(0).get("data").fieldNames())).containsExactlyInAnyOrder("caseReference", "victimId", "status", "updatedAt");
    }

    @Test
    void investigatorsLearnOnlyHowManyVictimsOfACaseConsentToShare() throws Exception {
        String caseReference = knownCase();
        String consenting = register(caseReference);
        String notConsenting = register(caseReference, false);

        consent(notConsenting, true);
        consent(consenting, false);

        List<JsonNode> changes = published(caseReference, 6).stream()
                .filter(event -> event.get("type").asText().equals("SharingConsentChanged")).toList();
        assertThat(changes).extracting(event -> event.get("data").get("consentingVictims").asInt()).containsExactly(1, 2, 1);
        assertThat(changes).allSatisfy(event -> {
            assertThat(iterableOf(event.get("data").fieldNames())).containsExactlyInAnyOrder("caseReference", "consentingVictims", "changedAt");
            assertThat(event.toString()).doesNotContain(consenting, notConsenting);
        });

        awaitVictimView(consenting);
        await("consent of " + consenting + " withdrawn in the view").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM victim_view WHERE victim_id = ? AND NOT share_with_investigators", Long.class, consenting) == 1);
        http.perform(get("/api/v1/victims/{id}", consenting).with(victimOfficer()))
                .andExpect(jsonPath("$.consent.shareWithInvestigators").value(false))
                .andExpect(jsonPath("$.consent.changedAt").isNotEmpty());
        http.perform(get("/api/v1/victims/{id}/history", consenting).with(auditor()))
                .andExpect(jsonPath("$[*].type").value(org.hamcrest.Matchers.contains(
                        "VictimRegistered", "FirstContactClockStarted", "SharingConsentWithdrawn")));
    }

    @Test
    void investigatorsGetNothingFromVictimAssistance() throws Exception {
        String caseReference = knownCase();
        String victimId = register(caseReference);
        RequestPostProcessor investigator = jwt().jwt(token -> token.claim("preferred_username", "investigator"))
                .authorities(new SimpleGrantedAuthority("ROLE_investigator"));

        for (var request : List.of(get("/api/v1/victims/{id}", victimId), get("/api/v1/victims/{id}/history", victimId),
                get("/api/v1/victims").param("caseReference", caseReference), get("/api/v1/open-needs"),
                post("/api/v1/victims/{id}/needs", victimId).contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"MEDICAL\"}"),
                post("/api/v1/victims/{id}/consent", victimId).contentType(MediaType.APPLICATION_JSON).content("{\"shareWithInvestigators\":false}"),
                delete("/api/v1/victims/{id}/personal-data", victimId))) {
            http.perform(request.with(investigator))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        http.perform(get("/api/v1/open-needs").with(auditor())).andExpect(status().isForbidden());
        http.perform(post("/api/v1/victims/{id}/needs", victimId).with(auditor()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"MEDICAL\"}"))
                .andExpect(status().isForbidden());
        assertThat(storedPayloadsOf(victimId)).hasSize(2);
    }

    @Test
    void afterErasureNoTableHoldsAReadableTraceOfThePersonAndAssistanceGoesOn() throws Exception {
        String canaryName = "Canary-Name-" + UUID.randomUUID();
        String canaryContact = "canary-contact-" + UUID.randomUUID() + "@example.org";
        String canaryLocation = "Canary-Village-" + UUID.randomUUID();
        String caseReference = knownCase();
        String victimId = register(caseReference, true, canaryName, canaryContact, canaryLocation);
        String referralId = refer(victimId, identifyNeed(victimId, "PSYCHOSOCIAL"), "Association Psychosociale");
        http.perform(post("/api/v1/victims/{id}/referrals/{rid}/delivered", victimId, referralId).with(victimOfficer()))
                .andExpect(status().isNoContent());
        paternityClaim(victimId, "{\"status\":\"FILED\"}");
        awaitVictimView(victimId);
        await("assistance of " + victimId + " projected").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM paternity_claim_view WHERE victim_id = ?", Long.class, victimId) == 1);

        List<String> canaries = List.of(canaryName, canaryContact, canaryLocation);
        assertThat(allStoredText()).as("the scan reads the event payloads themselves")
                .anySatisfy(value -> assertThat(value).contains("\"needId\"", victimId));
        assertThat(readableTracesOf(canaries)).as("no table holds the personal data in clear, even before erasure").isEmpty();
        List<String> sealedBefore = sealedValuesIn(allStoredText());
        assertThat(sealedBefore.stream().map(sealed -> openedWithKeyOf(victimId, sealed)).flatMap(Optional::stream))
                .as("the sealed values the scan finds open to the personal data while the key exists")
                .contains(canaryName, canaryContact, canaryLocation);

        http.perform(delete("/api/v1/victims/{id}/personal-data", victimId).with(victimOfficer()))
                .andExpect(status().isNoContent());
        String laterNeed = identifyNeed(victimId, "LIVELIHOOD");
        String laterReferral = refer(victimId, laterNeed, "Programme Moyens de Subsistance");
        http.perform(post("/api/v1/victims/{id}/referrals/{rid}/delivered", victimId, laterReferral).with(victimOfficer()))
                .andExpect(status().isNoContent());
        paternityClaim(victimId, "{\"status\":\"UNDER_REVIEW\"}");
        await("the view drops the sealed values of " + victimId).atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM victim_view WHERE victim_id = ? AND personal_data_erased_at IS NOT NULL", Long.class, victimId) == 1);
        await("assistance after erasure projected").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM victim_referral_view WHERE referral_id = ? AND delivered_at IS NOT NULL", Long.class, laterReferral) == 1);

        http.perform(get("/api/v1/victims/{id}", victimId).with(victimOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.personalDataErased").value(true))
                .andExpect(jsonPath("$.personalData").value(nullValue()))
                .andExpect(jsonPath("$.needs", hasSize(2)))
                .andExpect(jsonPath("$.referrals[*].status").value(org.hamcrest.Matchers.contains("DELIVERED", "DELIVERED")));

        List<String> storedText = allStoredText();
        assertThat(readableTracesOf(canaries)).as("no table holds the personal data in clear after erasure").isEmpty();
        assertThat(storedText).noneSatisfy(value -> assertThat(value).containsAnyOf(canaryName, canaryContact, canaryLocation));
        assertThat(sealedValuesIn(storedText)).as("what stays sealed can no longer be opened")
                .isNotEmpty()
                .allSatisfy(sealed -> assertThat(openedWithKeyOf(victimId, sealed)).isEmpty());
        assertThat(published(caseReference, 4)).allSatisfy(event ->
                assertThat(event.toString()).doesNotContain(canaryName, canaryContact, canaryLocation, "pd1:", "Psychosociale"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
        String body = http.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(iterableOf(json.readTree(body).get("paths").fieldNames())).contains(
                "/api/v1/victims", "/api/v1/victims/{victimId}", "/api/v1/victims/{victimId}/consent",
                "/api/v1/victims/{victimId}/needs", "/api/v1/victims/{victimId}/referrals",
                "/api/v1/victims/{victimId}/referrals/{referralId}/delivered", "/api/v1/victims/{victimId}/referrals/{referralId}/declined",
                "/api/v1/victims/{victimId}/paternity-claims", "/api/v1/victims/{victimId}/personal-data",
                "/api/v1/victims/{victimId}/history", "/api/v1/open-needs");
    }

    private String knownCase() throws Exception {
        String caseReference = TestCaseReferences.next();
        announce(new AllegationRegistered(caseReference, "MINUSCA", "WEB", "MC", "XAA", 1, true, RECEIVED));
        awaitKnown(caseReference);
        return caseReference;
    }

    private void announce(PublishedEvent event) throws Exception {
        byte[] value = codec.encode(event, UUID.randomUUID().toString(), URI.create("/intake-service"), RECEIVED);
        TopicRecords.declare(Topics.INTAKE);
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

    private String register(String caseReference, boolean consent) throws Exception {
        return register(caseReference, consent, NAME, CONTACT, LOCATION);
    }

    private String register(String caseReference, boolean consent, String name, String contact, String location) throws Exception {
        String body = """
                {"caseReference":"%s","ageGroup":"ADULT","sex":"FEMALE",
                 "personalData":{"name":"%s","contact":"%s","location":"%s"},
                 "consent":{"shareWithInvestigators":%s}}""".formatted(caseReference, name, contact, location, consent);
        String response = http.perform(post("/api/v1/victims").with(victimOfficer()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("victimId").asText();
    }

    private String identifyNeed(String victimId, String kind) throws Exception {
        String response = http.perform(post("/api/v1/victims/{id}/needs", victimId).with(victimOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"" + kind + "\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value(kind))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("needId").asText();
    }

    private String refer(String victimId, String need, String provider) throws Exception {
        String response = http.perform(post("/api/v1/victims/{id}/referrals", victimId).with(victimOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("need", need, "provider", provider))))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("referralId").asText();
    }

    private String paternityClaim(String victimId, String body) throws Exception {
        String response = http.perform(post("/api/v1/victims/{id}/paternity-claims", victimId).with(victimOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("claimId").asText();
    }

    private void consent(String victimId, boolean shareWithInvestigators) throws Exception {
        http.perform(post("/api/v1/victims/{id}/consent", victimId).with(victimOfficer()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"shareWithInvestigators\":" + shareWithInvestigators + "}"))
                .andExpect(status().isNoContent());
    }

    private List<JsonNode> published(String caseReference, int expected) {
        return TopicRecords.withKey(Topics.VICTIM_ASSISTANCE, caseReference, expected, WITHIN).stream()
                .map(record -> {
                    try {
                        return json.readTree(record.value());
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    private JsonNode publishedOfType(String caseReference, String type, int expected) {
        return published(caseReference, expected).stream()
                .filter(event -> event.get("type").asText().equals(type))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + type + " published for " + caseReference));
    }

    private String deadlineIdOf(String victimId) throws Exception {
        String payload = jdbc.queryForObject("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND payloadtype LIKE '%FirstContactClockStarted'", String.class, victimId);
        return json.readTree(payload).get("deadlineId").asText();
    }

    /** Every text-like and binary column of every table of the service's database, as text: the raw store an attacker would read. */
    private List<String> allStoredText() {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb')""");
        assertThat(columns).extracting(column -> column.get("table_name") + "." + column.get("column_name"))
                .contains("domainevententry.payload", "domainevententry.metadata", "victim_view.sealed_name",
                        "scheduled_tasks.task_data", "personal_data_key.wrapped_key");
        List<String> values = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String name = "\"" + column.get("column_name") + "\"";
            String asText = "bytea".equals(column.get("data_type")) ? "encode(" + name + ", 'escape')" : name + "::text";
            values.addAll(jdbc.queryForList("SELECT " + asText + " FROM \"" + column.get("table_name") + "\" WHERE " + name
                    + " IS NOT NULL", String.class));
        }
        return values;
    }

    private List<String> readableTracesOf(List<String> canaries) {
        return allStoredText().stream().filter(value -> canaries.stream().anyMatch(value::contains)).toList();
    }

    private static List<String> sealedValuesIn(List<String> storedText) {
        java.util.regex.Pattern sealed = java.util.regex.Pattern.compile("pd1:[A-Za-z0-9+/=]+");
        return storedText.stream().flatMap(value -> sealed.matcher(value).results().map(java.util.regex.MatchResult::group)).distinct().toList();
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

    /** Sealed values of other victims do not open with this victim's key: authenticated decryption refuses them. */
    private Optional<String> openedWithKeyOf(String victimId, String sealed) {
        try {
            return vault.open(victimId, sealed);
        } catch (RuntimeException notThisVictims) {
            return Optional.empty();
        }
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    private void awaitKnown(String caseReference) throws InterruptedException {
        await("case " + caseReference + " known from intake's topic").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM known_case WHERE case_reference = ?", Long.class, caseReference) == 1);
    }

    private void awaitVictimView(String victimId) throws InterruptedException {
        await("victim view of " + victimId).atMost(WITHIN).until(() -> jdbc.queryForObject(
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
