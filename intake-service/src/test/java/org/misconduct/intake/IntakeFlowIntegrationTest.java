package org.misconduct.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
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
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.RawTables;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TamperingScenarios;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Complaints through follow-up, triage, referral or closure and the investigation's outcome, on
 * real PostgreSQL and Kafka.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class IntakeFlowIntegrationTest {

    private static final String NARRATIVE = "A soldier of the battalion asked for sex in exchange for food near the camp gate.";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "intake_it");
        registry.add("misconduct.integrity.checkpoint-interval", () -> "PT1S");
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerFollowUpCodeKey(registry);
        // Every request of this test comes from one address; the limits themselves are tested on the filter.
        registry.add("misconduct.abuse-protection.submissions.requests", () -> "1000");
        registry.add("misconduct.abuse-protection.follow-ups.requests", () -> "1000");
    }

    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    PersonalDataVault vault;

    @Test
    void aComplaintIsAssessedReferredAndPublishedWithoutPersonalData() throws Exception {
        String caseReference = submitComplaint();

        http.perform(post("/api/v1/allegations/{ref}/assessment", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"allegationType":"SE","seaCategory":"TRANSACTIONAL_SEX","personnelCategory":"MC",
                                 "nationality":"XAA","contingentUnit":"XAA-BATT-1","victimCount":1,"minorInvolved":false,
                                 "priority":"URGENT"}"""))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_ASSESSMENT"));
        http.perform(post("/api/v1/allegations/{ref}/referral", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"investigatingEntity\":\"OIOS\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFERRED"));

        List<ConsumerRecord<String, byte[]>> published = TopicRecords.withKey(Topics.INTAKE, caseReference, 3, Duration.ofSeconds(30));
        assertThat(published).extracting(ConsumerRecord::key).containsOnly(caseReference);
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : published) {
            events.add(json.readTree(record.value()));
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain("exchange for food", "Amina", "+236");
        }
        assertThat(events).extracting(event -> event.get("type").asText())
                .containsExactly("AllegationRegistered", "AllegationAssessed", "AllegationReferred");
        JsonNode referral = events.get(2);
        assertThat(referral.get("specversion").asText()).isEqualTo("1.0");
        assertThat(referral.get("source").asText()).isEqualTo("/intake-service");
        assertThat(referral.get("data").get("priority").asText()).isEqualTo("URGENT");
        assertThat(referral.get("data").get("investigatingEntity").asText()).isEqualTo("OIOS");
        assertThat(events).extracting(event -> event.get("id").asText()).doesNotHaveDuplicates();
    }

    @Test
    void theNarrativeAndTheComplainantAreStoredOnlySealed() throws Exception {
        String caseReference = submitComplaint();

        List<String> storedPayloads = jdbc.queryForList(
                "SELECT convert_from(payload, 'UTF8') FROM domainevententry WHERE aggregateidentifier = ?", String.class, caseReference);
        assertThat(storedPayloads).isNotEmpty().allSatisfy(payload -> assertThat(payload).doesNotContain("exchange for food", "Amina", "+236"));

        await("allegation view of " + caseReference).atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM allegation_view WHERE case_reference = ?", Long.class, caseReference) == 1);
        http.perform(get("/api/v1/allegations/{ref}", caseReference).with(intakeOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.description").value(NARRATIVE))
                .andExpect(jsonPath("$.complainant.name").value("Amina"))
                .andExpect(jsonPath("$.personalDataErased").value(false));
    }

    @Test
    void referralBeforeAssessmentIsRefused() throws Exception {
        String caseReference = submitComplaint();
        http.perform(post("/api/v1/allegations/{ref}/referral", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"investigatingEntity\":\"OIOS\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void anInvalidComplaintIsRejectedFieldByFieldAndNothingIsStored() throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"mission":"NOWHERE","description":"short","incidentDate":"2999-01-01","allegedNationality":"xx"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "description", "incidentDate", "allegedNationality")));
        http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mission\":\"NOWHERE\",\"description\":\"" + NARRATIVE + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("mission"));
        http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mission\":\"MINUSCA\",\"description\":\"" + NARRATIVE + "\",\"channel\":\"CARRIER_PIGEON\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("channel"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
    }

    @Test
    void aPageSizeOutOfRangeIsAProblemNotAServerError() throws Exception {
        http.perform(get("/api/v1/allegations?size=0").with(intakeOfficer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void staffEndpointsNeedATokenWithTheIntakeOfficerRole() throws Exception {
        http.perform(get("/api/v1/allegations"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/v1/allegations").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_investigator"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void complainantAndIntakeExchangeMessagesAndTheComplainantSeesOnlyStatusAndMessages() throws Exception {
        Receipt receipt = submit(complaint(NARRATIVE, "Amina", "+236 555 0101", "Camp gate, Bangui"), null);

        http.perform(get("/api/v1/complaints/{ref}", receipt.caseReference()).header("Follow-Up-Code", receipt.followUpCode()))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(jsonPath("$.status").value("RECEIVED"))
                .andExpect(jsonPath("$.messages").isEmpty())
                .andExpect(jsonPath("$.description").doesNotExist())
                .andExpect(jsonPath("$.mission").doesNotExist());
        http.perform(post("/api/v1/complaints/{ref}/messages", receipt.caseReference())
                        .header("Follow-Up-Code", receipt.followUpCode().toLowerCase().replace("-", ""))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Is anyone reading this?\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.messages[0].from").value("COMPLAINANT"));
        http.perform(post("/api/v1/allegations/{ref}/messages", receipt.caseReference()).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Yes. We will call you on Monday.\"}"))
                .andExpect(status().isCreated());

        http.perform(get("/api/v1/complaints/{ref}", receipt.caseReference()).header("Follow-Up-Code", receipt.followUpCode()))
                .andExpect(jsonPath("$.messages[*].from").value(org.hamcrest.Matchers.contains("COMPLAINANT", "INTAKE")))
                .andExpect(jsonPath("$.messages[1].text").value("Yes. We will call you on Monday."));
        await("allegation view of " + receipt.caseReference()).atMost(Duration.ofSeconds(20)).until(() -> viewed(receipt.caseReference()));
        http.perform(get("/api/v1/allegations/{ref}", receipt.caseReference()).with(intakeOfficer()))
                .andExpect(jsonPath("$.messages[0].text").value("Is anyone reading this?"));
    }

    @Test
    void aWrongCodeAndAnUnknownCaseGetTheSameAnswer() throws Exception {
        Receipt receipt = submit(complaint(NARRATIVE, null, null, null), null);
        String wrongCode = http.perform(get("/api/v1/complaints/{ref}", receipt.caseReference()).header("Follow-Up-Code", "AAAA-BBBB-CCCC-DDDD-EEEE"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andReturn().getResponse().getContentAsString();
        String unknownCase = http.perform(get("/api/v1/complaints/{ref}", "ALG-2026-999999").header("Follow-Up-Code", receipt.followUpCode()))
                .andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(withoutInstance(unknownCase)).isEqualTo(withoutInstance(wrongCode));
        http.perform(post("/api/v1/complaints/{ref}/messages", "ALG-2026-999999").header("Follow-Up-Code", receipt.followUpCode())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"hello\"}"))
                .andExpect(status().isNotFound());

        String stored = jdbc.queryForObject("SELECT follow_up_code_hash FROM complaint_access WHERE case_reference = ?",
                String.class, receipt.caseReference());
        assertThat(stored).as("a keyed MAC of the code, never the code").startsWith("hmac-sha256:")
                .doesNotContain(receipt.followUpCode().replace("-", ""));
    }

    @Test
    void aRetriedSubmissionGetsTheFirstReceiptAndIsRegisteredOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String complaint = complaint(NARRATIVE, null, null, null);
        Receipt first = submit(complaint, key);
        Receipt retried = submit(complaint, key);

        assertThat(retried).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                first.caseReference())).isEqualTo(1);
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        http.perform(post("/api/v1/complaints").header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content(complaint(NARRATIVE + " And another thing.", null, null, null)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
        await("the sweep of expired receipts scheduled").atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM scheduled_tasks WHERE task_name = 'expired-receipt-deletion'", Long.class) == 1);
    }

    @Test
    void aClosedAllegationAcceptsOnlyMessagesAndItsClosureIsPublished() throws Exception {
        Receipt receipt = submit(complaint(NARRATIVE, null, null, null), null);
        http.perform(post("/api/v1/allegations/{ref}/closure", receipt.caseReference()).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"DUPLICATE\",\"note\":\"Same as the report of last week.\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        http.perform(post("/api/v1/allegations/{ref}/assessment", receipt.caseReference()).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(ASSESSMENT.formatted("MC")))
                .andExpect(status().isConflict());
        http.perform(post("/api/v1/complaints/{ref}/messages", receipt.caseReference()).header("Follow-Up-Code", receipt.followUpCode())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Why was it closed?\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").isNotEmpty());
        http.perform(post("/api/v1/allegations/{ref}/closure", receipt.caseReference()).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"CLOSED_BECAUSE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reason"));

        List<JsonNode> published = publishedData(receipt.caseReference(), 2);
        assertThat(published.get(1).get("type").asText()).isEqualTo("AllegationClosed");
        assertThat(published.get(1).get("data").get("reason").asText()).isEqualTo("DUPLICATE");
        assertThat(published.get(1).toString()).doesNotContain("last week");
    }

    @Test
    void allegationsAgainstNonUnForcesAreNotifiedNotReferred() throws Exception {
        Receipt receipt = submit(complaint(NARRATIVE, null, null, null), null);
        http.perform(post("/api/v1/allegations/{ref}/assessment", receipt.caseReference()).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(ASSESSMENT.formatted("NON_UN")))
                .andExpect(status().isOk());
        http.perform(post("/api/v1/allegations/{ref}/referral", receipt.caseReference()).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"investigatingEntity\":\"OIOS\"}"))
                .andExpect(status().isConflict());
        http.perform(post("/api/v1/allegations/{ref}/non-un-notification", receipt.caseReference()).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"authority\":\"\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("authority"));
        http.perform(post("/api/v1/allegations/{ref}/non-un-notification", receipt.caseReference()).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"authority\":\"Ministry of Defence of Xaa\"}"))
                .andExpect(status().isOk());
        http.perform(post("/api/v1/allegations/{ref}/non-un-notification", receipt.caseReference()).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"authority\":\"Ministry of Defence of Xaa\"}"))
                .andExpect(status().isConflict());

        List<JsonNode> published = publishedData(receipt.caseReference(), 3);
        assertThat(published).extracting(event -> event.get("type").asText())
                .containsExactly("AllegationRegistered", "AllegationAssessed", "NonUnForcesNotified");
        assertThat(published.get(2).get("data").get("mission").asText()).isEqualTo("MINUSCA");
    }

    @Test
    void theComplainantsStatusFollowsTheInvestigation() throws Exception {
        Receipt receipt = submit(complaint(NARRATIVE, null, null, null), null);
        String caseReference = receipt.caseReference();
        assessAndRefer(caseReference);
        Instant opened = Instant.parse("2026-11-20T10:00:00Z");
        publishFromInvestigation(new InvestigationOpened(caseReference, "MINUSCA", "SE", "MC", "XAA", "NORMAL", "OIOS", opened));
        awaitFollowUpStatus(receipt, "UNDER_INVESTIGATION");

        InvestigationCompleted completed = new InvestigationCompleted(caseReference, "SUBSTANTIATED", "OIOS", opened,
                opened.plus(Duration.ofDays(40)), 40, true);
        String eventId = UUID.randomUUID().toString();
        publishFromInvestigation(completed, eventId);
        publishFromInvestigation(completed, eventId);
        awaitFollowUpStatus(receipt, "SUBSTANTIATED");

        String history = http.perform(get("/api/v1/allegations/{ref}/history", caseReference)
                        .with(jwt().jwt(token -> token.claim("preferred_username", "auditor.one"))
                                .authorities(new SimpleGrantedAuthority("ROLE_auditor"))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        JsonNode entries = json.readTree(history);
        List<String> types = new ArrayList<>();
        List<String> users = new ArrayList<>();
        entries.forEach(entry -> {
            types.add(entry.get("type").asText());
            users.add(entry.get("actingUser").asText());
        });
        assertThat(types).containsExactly("AllegationRegistered", "AllegationAssessed", "AllegationReferred",
                "InvestigationStarted", "InvestigationConcluded");
        assertThat(users).containsExactly("complainant", "intake.officer", "intake.officer",
                "investigation-service", "investigation-service");
        assertThat(history).doesNotContain("exchange for food");
        http.perform(get("/api/v1/allegations/{ref}/history", caseReference)
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_investigator"))))
                .andExpect(status().isForbidden());
        http.perform(get("/api/v1/allegations/{ref}/history", "ALG-2026-999997").with(intakeOfficer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void plantedPersonalDataNeverLeavesInPlainTextAndErasureMakesItUnreadable(CapturedOutput output) throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String name = "Nyiramana Canary" + marker;
        String contact = "+243 990 " + marker.hashCode();
        String narrative = "He came to the well every evening, canary sentence " + marker + ".";
        String location = "Behind the canary school " + marker;
        String message = "My sister saw it too, canary message " + marker;
        String reply = "We will visit the canary village " + marker;
        String note = "Closed after canary review " + marker;
        List<String> canaries = List.of(name, contact, narrative, location, message, reply, note, "canary");

        Receipt receipt = submit(complaint(narrative, name, contact, location), UUID.randomUUID().toString());
        String caseReference = receipt.caseReference();
        http.perform(post("/api/v1/complaints/{ref}/messages", caseReference).header("Follow-Up-Code", receipt.followUpCode())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(java.util.Map.of("text", message))))
                .andExpect(status().isCreated());
        http.perform(post("/api/v1/allegations/{ref}/assessment", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(ASSESSMENT.formatted("MC")))
                .andExpect(status().isOk());
        http.perform(post("/api/v1/allegations/{ref}/messages", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(java.util.Map.of("text", reply))))
                .andExpect(status().isCreated());
        http.perform(post("/api/v1/allegations/{ref}/closure", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(java.util.Map.of("reason", "INSUFFICIENT_INFORMATION", "note", note))))
                .andExpect(status().isOk());
        publishedData(caseReference, 3);
        await("closure in the allegation view").atMost(Duration.ofSeconds(20)).until(() -> "CLOSED".equals(jdbc.queryForObject(
                "SELECT max(status) FROM allegation_view WHERE case_reference = ?", String.class, caseReference)));

        http.perform(get("/api/v1/allegations/{ref}", caseReference).with(intakeOfficer()))
                .andExpect(jsonPath("$.complainant.name").value(name))
                .andExpect(jsonPath("$.description").value(narrative))
                .andExpect(jsonPath("$.closureNote").value(note));
        List<String> topic = TopicRecords.everything(Topics.INTAKE).stream()
                .map(record -> new String(record.value(), StandardCharsets.UTF_8)).toList();
        for (String canary : canaries) {
            assertThat(RawTables.columnsContaining(dataSource, canary)).as("tables holding " + canary).isEmpty();
            assertThat(topic).as("intake topic").noneMatch(value -> value.contains(canary));
            assertThat(output.getAll()).as("service log").doesNotContain(canary);
        }

        http.perform(delete("/api/v1/allegations/{ref}/complainant-personal-data", caseReference).with(intakeOfficer()))
                .andExpect(status().isNoContent());
        await("erasure in the allegation view").atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM allegation_view WHERE case_reference = ? AND sealed_complainant_name IS NULL", Long.class, caseReference) == 1);
        http.perform(get("/api/v1/allegations/{ref}", caseReference).with(intakeOfficer()))
                .andExpect(jsonPath("$.personalDataErased").value(true))
                .andExpect(jsonPath("$.complainant").doesNotExist())
                .andExpect(jsonPath("$.messages.length()").value(2))
                .andExpect(jsonPath("$.messages[0].text").doesNotExist())
                .andExpect(jsonPath("$.messages[1].text").doesNotExist())
                .andExpect(jsonPath("$.description").value(narrative))
                .andExpect(jsonPath("$.location").value(location))
                .andExpect(jsonPath("$.closureNote").value(note));
        List<String> readable = readableWithTheKeysThatRemain();
        assertThat(readable).as("the case file's texts stay readable").contains(narrative, location, note);
        for (String erased : List.of(name, contact, message, reply)) {
            assertThat(readable).as("nothing readable holds " + erased).noneMatch(text -> text.contains(erased));
            assertThat(RawTables.columnsContaining(dataSource, erased)).as("tables holding " + erased).isEmpty();
        }
        http.perform(get("/api/v1/complaints/{ref}", caseReference).header("Follow-Up-Code", receipt.followUpCode()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.messages[0].text").doesNotExist());
        http.perform(post("/api/v1/allegations/{ref}/messages", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Are you still there?\"}"))
                .andExpect(status().isConflict());
        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                String.class, caseReference)).last().asString().endsWith("ComplainantPersonalDataErased");
    }

    @Test
    void anAllegationRegisteredBeforeItsNarrativeHadItsOwnKeyKeepsItWhenTheComplainantIsErased() throws Exception {
        String caseReference = "ALG-2025-000042";
        String complainant = UUID.randomUUID().toString();
        String narrative = "Older complaint: he asked for money at the canary crossing " + complainant + ".";
        String name = "Older Canary " + complainant;
        String code = "K7QM-2XWP-9HTB-C4RZ-N8VD";
        storeFirstRevisionRegistration(caseReference, complainant, vault.seal(complainant, narrative), vault.seal(complainant, name),
                new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode(code.replace("-", "")));
        await("the older allegation in the view").atMost(Duration.ofSeconds(20)).until(() -> viewed(caseReference));
        http.perform(get("/api/v1/complaints/{ref}", caseReference).header("Follow-Up-Code", code))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RECEIVED"));
        http.perform(get("/api/v1/allegations/{ref}", caseReference).with(intakeOfficer()))
                .andExpect(jsonPath("$.description").value(narrative))
                .andExpect(jsonPath("$.complainant.name").value(name));

        http.perform(delete("/api/v1/allegations/{ref}/complainant-personal-data", caseReference).with(intakeOfficer()))
                .andExpect(status().isNoContent());

        await("the narrative moved in the view").atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM allegation_view WHERE case_reference = ? AND narrative_subject_id = ?", Long.class,
                caseReference, "case-file:" + caseReference) == 1);
        http.perform(get("/api/v1/allegations/{ref}", caseReference).with(intakeOfficer()))
                .andExpect(jsonPath("$.personalDataErased").value(true))
                .andExpect(jsonPath("$.complainant").doesNotExist())
                .andExpect(jsonPath("$.description").value(narrative));
        assertThat(jdbc.queryForList("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber",
                String.class, caseReference)).extracting(type -> type.substring(type.lastIndexOf('.') + 1))
                .containsExactly("AllegationRegistered", "AllegationNarrativeMovedToCaseFile", "ComplainantPersonalDataErased");
        assertThat(readableWithTheKeysThatRemain()).contains(narrative).noneMatch(text -> text.contains(name));
    }

    @Test
    void everyClassOfBadInputIsAProblemAndStoresNothing() throws Exception {
        Receipt receipt = submit(complaint(NARRATIVE, null, null, null), null);
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content("{\"mission\":"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mission\":\"MINUSCA\",\"description\":\"" + NARRATIVE + "\",\"victimCount\":\"many\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("victimCount"));
        http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mission\":\"MINUSCA\",\"description\":\"" + NARRATIVE + "\",\"allegedNationality\":\"ZZZ\",\"victimCount\":-1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("allegedNationality", "victimCount")));
        http.perform(post("/api/v1/complaints").contentType(MediaType.TEXT_PLAIN).content(NARRATIVE))
                .andExpect(status().isUnsupportedMediaType());
        http.perform(post("/api/v1/allegations/{ref}/assessment", receipt.caseReference()).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"allegationType\":\"SA\",\"personnelCategory\":\"MC\",\"nationality\":\"ZZZ\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nationality"));
        http.perform(post("/api/v1/allegations/{ref}/assessment", receipt.caseReference()).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"allegationType\":\"SA\",\"personnelCategory\":\"MC\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("seaCategory"));
        http.perform(post("/api/v1/allegations/{ref}/referral", "ALG-2026-999996").with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"investigatingEntity\":\"OIOS\"}"))
                .andExpect(status().isNotFound());
        http.perform(post("/api/v1/complaints/{ref}/messages", receipt.caseReference()).header("Follow-Up-Code", receipt.followUpCode())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"  \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("text"));
        http.perform(get("/api/v1/complaints/{ref}", receipt.caseReference()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
    }

    @Test
    void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
        String huge = "x".repeat(300 * 1024);
        http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mission\":\"MINUSCA\",\"description\":\"" + huge + "\"}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void everyStringHasASizeLimit() throws Exception {
        http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content(complaint("y".repeat(20_001), "n".repeat(201), "c".repeat(501), "l".repeat(501))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "description", "complainant.name", "complainant.contact", "location")));
        http.perform(post("/api/v1/complaints").header("Idempotency-Key", "k".repeat(201)).contentType(MediaType.APPLICATION_JSON)
                        .content(complaint(NARRATIVE, null, null, null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("Idempotency-Key"));
    }

    private static final String ASSESSMENT = """
            {"allegationType":"SE","seaCategory":"TRANSACTIONAL_SEX","personnelCategory":"%s",
             "nationality":"XAA","contingentUnit":"XAA-BATT-1","victimCount":1,"minorInvolved":false,
             "priority":"NORMAL"}""";

    private record Receipt(String caseReference, String followUpCode, String receivedAt) {
    }

    @Test
    void everyTamperingWithTheEventStoreIsFoundAtItsGlobalIndex() throws Exception {
        String caseReference = submitComplaint();
        assessAndRefer(caseReference);
        publishedData(caseReference, 3);
        await("allegation view of " + caseReference).atMost(Duration.ofSeconds(20)).until(() -> viewed(caseReference));

        http.perform(get("/api/v1/integrity").with(intakeOfficer())).andExpect(status().isForbidden());
        assertThat(TamperingScenarios.run("intake_it", this::integrity, this::anchoredThrough)).isEmpty();
    }

    private long anchoredThrough() {
        try {
            com.fasterxml.jackson.databind.JsonNode anchored = json.readTree(http.perform(get("/api/v1/integrity").with(auditor()))
                    .andReturn().getResponse().getContentAsString()).get("anchoredThrough");
            return anchored == null || anchored.isNull() ? -1 : anchored.asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
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

    private static RequestPostProcessor auditor() {
        return jwt().jwt(token -> token.subject("auditor").claim("preferred_username", "auditor"))
                .authorities(new SimpleGrantedAuthority("ROLE_auditor"));
    }

    private void assessAndRefer(String caseReference) throws Exception {
        http.perform(post("/api/v1/allegations/{ref}/assessment", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content(ASSESSMENT.formatted("MC")))
                .andExpect(status().isOk());
        http.perform(post("/api/v1/allegations/{ref}/referral", caseReference).with(intakeOfficer())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"investigatingEntity\":\"OIOS\"}"))
                .andExpect(status().isOk());
    }

    private void publishFromInvestigation(PublishedEvent event) {
        publishFromInvestigation(event, UUID.randomUUID().toString());
    }

    private void publishFromInvestigation(PublishedEvent event, String eventId) {
        TopicRecords.send(Topics.INVESTIGATION, event.key(),
                codec.encode(event, eventId, URI.create("/investigation-service"), Instant.parse("2026-11-20T10:00:00Z")));
    }

    private void awaitFollowUpStatus(Receipt receipt, String expected) {
        await(receipt.caseReference() + " " + expected).atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                String body = http.perform(get("/api/v1/complaints/{ref}", receipt.caseReference())
                        .header("Follow-Up-Code", receipt.followUpCode())).andReturn().getResponse().getContentAsString();
                return expected.equals(json.readTree(body).get("status").asText());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private List<JsonNode> publishedData(String caseReference, int expected) throws Exception {
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.withKey(Topics.INTAKE, caseReference, expected, Duration.ofSeconds(30));
        assertThat(records).hasSize(expected);
        List<JsonNode> events = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            events.add(json.readTree(record.value()));
        }
        return events;
    }

    /** Every sealed value in any table, opened with every key the vault still holds: what a copy of the database and the key-encryption key would reveal. */
    private List<String> readableWithTheKeysThatRemain() {
        List<String> subjects = jdbc.queryForList("SELECT subject_id FROM personal_data_key WHERE wrapped_key IS NOT NULL", String.class);
        List<String> readable = new ArrayList<>();
        for (String sealed : RawTables.sealedValues(dataSource)) {
            for (String subject : subjects) {
                try {
                    vault.open(subject, sealed).ifPresent(readable::add);
                } catch (RuntimeException sealedUnderAnotherKey) {
                    // AES-GCM binds each value to its subject: another subject's key does not open it.
                }
            }
        }
        return readable;
    }

    /** An AllegationRegistered as revision 1 stored it (BCrypt code hash, one key for all), with the state its projections had then. */
    private void storeFirstRevisionRegistration(String caseReference, String complainant, String sealedNarrative, String sealedName,
                                                String bcryptCodeHash) throws Exception {
        java.util.Map<String, Object> personalData = new java.util.LinkedHashMap<>();
        personalData.put("subjectId", complainant);
        personalData.put("description", sealedNarrative);
        personalData.put("location", null);
        personalData.put("complainantName", sealedName);
        personalData.put("complainantContact", null);
        java.util.Map<String, Object> payload = new java.util.LinkedHashMap<>();
        payload.put("caseReference", caseReference);
        payload.put("receivedAt", "2025-03-01T10:00:00Z");
        payload.put("mission", "MINUSCA");
        payload.put("channel", "WEB");
        payload.put("personnelCategory", "MC");
        payload.put("anonymous", false);
        payload.put("personalData", personalData);
        payload.put("followUpCodeHash", bcryptCodeHash);
        jdbc.update("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                    payloadrevision, payloadtype, "timestamp")
                VALUES (?, 0, 'Allegation', ?, ?, ?, '1', 'org.misconduct.intake.allegation.AllegationRegistered', '2025-03-01T10:00:00Z')""",
                caseReference, UUID.randomUUID().toString(), "{\"actingUser\":\"complainant\"}".getBytes(StandardCharsets.UTF_8),
                json.writeValueAsBytes(payload));
        jdbc.update("""
                INSERT INTO complaint_access (case_reference, follow_up_code_hash, subject_id, narrative_subject_id, status, received_at)
                VALUES (?, ?, ?, ?, 'RECEIVED', ?)""",
                caseReference, payload.get("followUpCodeHash"), complainant, complainant,
                java.sql.Timestamp.from(Instant.parse("2025-03-01T10:00:00Z")));
    }

    private boolean viewed(String caseReference) {
        return jdbc.queryForObject("SELECT count(*) FROM allegation_view WHERE case_reference = ?", Long.class, caseReference) == 1;
    }

    private String withoutInstance(String problem) throws Exception {
        JsonNode node = json.readTree(problem);
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("instance");
        return node.toString();
    }

    private Receipt submit(String complaint, String idempotencyKey) throws Exception {
        var request = post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content(complaint);
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        String body = http.perform(request)
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return json.readValue(body, Receipt.class);
    }

    private String complaint(String narrative, String name, String contact, String location) throws Exception {
        java.util.Map<String, Object> complaint = new java.util.LinkedHashMap<>();
        complaint.put("mission", "MINUSCA");
        complaint.put("description", narrative);
        complaint.put("language", "fr");
        complaint.put("personnelCategory", "MC");
        complaint.put("allegedNationality", "XAA");
        complaint.put("location", location);
        if (name != null || contact != null) {
            java.util.Map<String, Object> complainant = new java.util.LinkedHashMap<>();
            complainant.put("name", name);
            complainant.put("contact", contact);
            complainant.put("isVictim", false);
            complaint.put("complainant", complainant);
        }
        return json.writeValueAsString(complaint);
    }

    private String submitComplaint() throws Exception {
        String body = http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"mission":"MINUSCA","description":"%s","language":"fr","channel":"WEB",
                                 "incidentDate":"2026-11-01","location":"Camp gate, Bangui","personnelCategory":"MC",
                                 "allegedNationality":"XAA","victimCount":1,"minorInvolved":false,
                                 "complainant":{"name":"Amina","contact":"+236 555 0101","isVictim":true}}""".formatted(NARRATIVE)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/complaints/ALG-")))
                .andExpect(jsonPath("$.followUpCode").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        String caseReference = json.readTree(body).get("caseReference").asText();
        assertThat(caseReference).matches("ALG-\\d{4}-\\d{6}");
        return caseReference;
    }

    private static RequestPostProcessor intakeOfficer() {
        return jwt().jwt(token -> token.subject("intake.officer").claim("preferred_username", "intake.officer"))
                .authorities(new SimpleGrantedAuthority("ROLE_intake-officer"));
    }

}
