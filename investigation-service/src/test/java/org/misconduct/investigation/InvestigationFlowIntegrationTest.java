package org.misconduct.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.investigation.narrative.CaseNarratives;
import org.misconduct.personaldata.PersonalDataAutoConfiguration;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.RawTables;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TamperingScenarios;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TopicRecords;
import org.misconduct.web.RealmRoles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A referral arriving from intake opens a case with durable clocks, on real PostgreSQL and Kafka.
 * The evidence clock is shortened to seconds so its breach can be watched happening.
 */
// A contingent is snapshotted every two events here, so that its later commands load it from a snapshot.
@SpringBootTest(properties = {"misconduct.clocks.evidence-preservation=PT4S", "misconduct.event-store.snapshots.every=2"})
@AutoConfigureMockMvc
class InvestigationFlowIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    /** Kafka topics outlive a test run: each run takes its own range of case references. */

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "investigation_it");
        registry.add("misconduct.integrity.checkpoint-interval", () -> "PT1S");
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerScreeningBlindIndexKey(registry);
    }

    @Autowired
    MockMvc http;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PersonalDataVault vault;

    @Test
    void aReferralOpensOneCaseWithItsClocksEvenWhenDeliveredTwice() throws Exception {
        String caseReference = TestCaseReferences.next();
        byte[] referral = referral(caseReference, "SA", "XAA", Instant.now());
        TopicRecords.send(Topics.INTAKE, caseReference, referral);
        TopicRecords.send(Topics.INTAKE, caseReference, referral);

        awaitQueued(caseReference);
        // The queue projects one event at a time: the case may be listed before all its clocks are.
        await("three clocks of " + caseReference + " projected").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM case_clock_view WHERE case_reference = ?", Long.class, caseReference) == 3);
        http.perform(get("/api/v1/cases/{ref}", caseReference).with(investigator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allegationType").value("SA"))
                .andExpect(jsonPath("$.clocks[*].name").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "evidence-preservation", "investigation", "member-state-intent")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? AND payloadtype LIKE '%CaseOpened'",
                Long.class, caseReference)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks", Long.class)).isPositive();
        assertThat(publishedTypesFor(caseReference, 1)).contains("InvestigationOpened");
    }

    @Test
    void anUnpreservedEvidenceClockBreachesAndTheBreachIsPublished() throws Exception {
        String caseReference = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, caseReference, referral(caseReference, "SE", "XAB", Instant.now()));
        awaitQueued(caseReference);

        await("evidence clock of " + caseReference + " breached").atMost(WITHIN).until(() -> Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT bool_or(breached) FROM case_clock_view WHERE case_reference = ? AND clock = 'evidence-preservation'",
                Boolean.class, caseReference)));
        // Opened, the Member State notified (contingent personnel), then the breach, published after it is recorded.
        assertThat(publishedTypesFor(caseReference, 3)).contains("InvestigationOpened", "MemberStateNotified", "ClockBreached");
    }

    @Test
    void preservingEvidenceInTimeStopsTheClock() throws Exception {
        String caseReference = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, caseReference, referral(caseReference, "SA", "XAA", Instant.now().plusSeconds(3600)));
        awaitQueued(caseReference);

        http.perform(post("/api/v1/cases/{ref}/evidence-preserved", caseReference).with(investigator()))
                .andExpect(status().isNoContent());
        await("evidence clock of " + caseReference + " stopped").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM case_clock_view WHERE case_reference = ? AND clock = 'evidence-preservation' AND stopped_at IS NOT NULL",
                Long.class, caseReference) == 1);
        http.perform(post("/api/v1/cases/{ref}/evidence-preserved", caseReference).with(investigator()))
                .andExpect(status().isConflict());
        http.perform(post("/api/v1/cases/{ref}/evidence-preserved", "ALG-1999-000001").with(investigator()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aNationalInvestigationOfficerSeesOnlyTheirStatesCases() throws Exception {
        String ours = TestCaseReferences.next();
        String theirs = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, ours, referral(ours, "SA", "XAA", Instant.now().plusSeconds(3600)));
        TopicRecords.send(Topics.INTAKE, theirs, referral(theirs, "SA", "XAC", Instant.now().plusSeconds(3600)));
        awaitQueued(ours);
        awaitQueued(theirs);

        RequestPostProcessor nio = nio("XAA");
        String queue = http.perform(get("/api/v1/cases/queue").with(nio)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(queue).contains(ours).doesNotContain(theirs);
        http.perform(get("/api/v1/cases/{ref}", theirs).with(nio)).andExpect(status().isNotFound());
    }

    @Test
    void theOpenApiDocumentDescribesTheCaseWithItsDecisionsAndTheQueuesPages() throws Exception {
        var document = json.readTree(http.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());

        var caseDetail = document.at("/components/schemas/CaseDetail/properties");
        assertThat(caseDetail.has("caseReference")).as("the queue item's fields at the top level").isTrue();
        assertThat(caseDetail.has("clocks")).isTrue();
        assertThat(caseDetail.has("interimMeasures")).isTrue();
        assertThat(caseDetail.has("findingRecord")).isTrue();
        List<String> queueParameters = new ArrayList<>();
        document.at("/paths/~1api~1v1~1cases~1queue/get/parameters").forEach(parameter -> queueParameters.add(parameter.get("name").asText()));
        assertThat(queueParameters).contains("page", "size", "limit");
    }

    @Test
    void theQueueNeedsAnInvestigator() throws Exception {
        http.perform(get("/api/v1/cases/queue")).andExpect(status().isUnauthorized());
        http.perform(get("/api/v1/cases/queue").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_intake-officer"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void aContingentCaseRunsFromEvidenceToFinalActionAndEveryStepIsPublishedAndInItsHistory() throws Exception {
        String ref = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, ref, referral(ref, "SA", "XAD", "XAD-BATT-" + ref, Instant.now().plusSeconds(3600), "TCC"));
        awaitQueued(ref);

        send(post("/api/v1/cases/{ref}/assignment", ref), nio("XAD"), "{\"investigator\":\"investigator.nio\"}").andExpect(status().isNoContent());
        String evidenceId = json.readTree(send(post("/api/v1/cases/{ref}/evidence", ref), nio("XAD"), evidence())
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("evidenceId").asText();
        send(post("/api/v1/cases/{ref}/evidence/{id}/custody-transfers", ref, evidenceId), nio("XAD"), custody("someone.else", "lab"))
                .andExpect(status().isConflict());
        send(post("/api/v1/cases/{ref}/evidence/{id}/custody-transfers", ref, evidenceId), nio("XAD"),
                custody("officer.a", "lab").replace("2026-01-02", "2025-12-31"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cannot precede its collection")));
        send(post("/api/v1/cases/{ref}/evidence/{id}/custody-transfers", ref, evidenceId), nio("XAD"), custody("officer.a", "lab"))
                .andExpect(status().isNoContent());
        send(post("/api/v1/cases/{ref}/evidence/{id}/custody-transfers", ref, evidenceId), nio("XAD"),
                custody("lab", "registry").replace("2026-01-02T10:00:00Z", "2026-01-01T12:00:00Z"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("cannot precede its previous transfer")));
        http.perform(get("/api/v1/cases/{ref}/evidence", ref).with(investigator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].evidenceId").value(evidenceId))
                .andExpect(jsonPath("$[0].sha256").value("a".repeat(64)))
                .andExpect(jsonPath("$[0].custodian").value("lab"))
                .andExpect(jsonPath("$[0].custody[0].from").value("officer.a"));
        http.perform(post("/api/v1/cases/{ref}/evidence-preserved", ref).with(nio("XAD"))).andExpect(status().isNoContent());
        send(post("/api/v1/cases/{ref}/member-state-response", ref), conductOfficer(), "{\"willInvestigate\":true,\"nioAppointed\":false}")
                .andExpect(status().isNoContent());
        send(post("/api/v1/cases/{ref}/member-state-response", ref), conductOfficer(), "{\"willInvestigate\":true,\"nioAppointed\":true}")
                .andExpect(status().isNoContent());
        send(post("/api/v1/cases/{ref}/interim-measures", ref), conductOfficer(), "{\"kind\":\"ADMINISTRATIVE_LEAVE_WITHOUT_PAY\"}")
                .andExpect(status().isConflict());
        send(post("/api/v1/cases/{ref}/interim-measures", ref), conductOfficer(),
                "{\"kind\":\"PAYMENT_SUSPENSION\",\"amount\":1500.50,\"currency\":\"USD\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.measureId").isNotEmpty());
        send(post("/api/v1/cases/{ref}/actions", ref), conductOfficer(), "{\"kind\":\"REPATRIATION\",\"by\":\"MEMBER_STATE\",\"detail\":\"x\"}")
                .andExpect(status().isConflict());
        send(post("/api/v1/cases/{ref}/findings", ref), nio("XAD"), "{\"finding\":\"SUBSTANTIATED\",\"summary\":\"confidential summary\"}")
                .andExpect(status().isNoContent());
        send(post("/api/v1/cases/{ref}/actions", ref), conductOfficer(), "{\"kind\":\"REPATRIATION\",\"by\":\"MEMBER_STATE\",\"detail\":\"x\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.actionId").isNotEmpty());
        send(post("/api/v1/cases/{ref}/criminal-referrals", ref), conductOfficer(), "{\"authority\":\"SENDING_STATE\"}")
                .andExpect(status().isNoContent());

        http.perform(get("/api/v1/cases/{ref}/history", ref).with(investigator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].type").value("CaseOpened"))
                .andExpect(jsonPath("$[0].actingUser").value("system"))
                .andExpect(jsonPath("$[?(@.type == 'CaseAssigned')].actingUser").value(org.hamcrest.Matchers.contains("investigator.nio")))
                .andExpect(jsonPath("$[?(@.type == 'InterimMeasureTaken')].actingUser").value(org.hamcrest.Matchers.contains("conduct.officer")))
                .andExpect(jsonPath("$[*].type").value(org.hamcrest.Matchers.hasItems("EvidenceRecorded", "CustodyTransferred",
                        "NioAppointed", "FindingRecorded", "SuspendedPaymentTransferred", "DisciplinaryActionTaken")));
        http.perform(get("/api/v1/cases/{ref}/history", ref).with(role("auditor"))).andExpect(status().isOk());

        List<String> published = publishedTypesFor(ref, 11);
        assertThat(published).contains("InvestigationOpened", "MemberStateNotified", "EvidencePreserved", "MemberStateResponded",
                "NioAppointed", "InterimMeasureTaken", "InvestigationCompleted", "SuspendedPaymentTransferred",
                "DisciplinaryActionTaken", "CriminalReferralMade");
        for (var record : TopicRecords.withKey(Topics.INVESTIGATION, ref, 10, WITHIN)) {
            assertThat(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8))
                    .doesNotContain("confidential summary").doesNotContain("officer.a").doesNotContain("investigator.nio")
                    .doesNotContain("conduct.officer");
        }
        await("the suspended payment of " + ref + " transferred").atMost(WITHIN).until(() -> {
            try {
                String sums = http.perform(get("/api/v1/payments/suspensions").param("nationality", "XAD").with(role("conduct-officer")))
                        .andReturn().getResponse().getContentAsString();
                return sums.contains("\"transferred\":1500.5") && sums.contains("\"currency\":\"USD\"");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        http.perform(get("/api/v1/payments/suspensions").with(investigator())).andExpect(status().isForbidden());
        await(ref + " off the queue").atMost(WITHIN).until(() -> {
            try {
                return !http.perform(get("/api/v1/cases/queue").with(investigator())).andReturn().getResponse()
                        .getContentAsString().contains(ref);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        http.perform(get("/api/v1/cases/{ref}", ref).with(investigator()))
                .andExpect(jsonPath("$.status").value("SUBSTANTIATED"))
                .andExpect(jsonPath("$.finding").value("SUBSTANTIATED"))
                .andExpect(jsonPath("$.findingRecord.finding").value("SUBSTANTIATED"))
                .andExpect(jsonPath("$.findingRecord.at").isNotEmpty())
                .andExpect(jsonPath("$.findingRecord.summary").value("confidential summary"))
                .andExpect(jsonPath("$.interimMeasures[0].kind").value("PAYMENT_SUSPENSION"))
                .andExpect(jsonPath("$.interimMeasures[0].amount").value(1500.5))
                .andExpect(jsonPath("$.interimMeasures[0].currency").value("USD"))
                .andExpect(jsonPath("$.interimMeasures[0].takenAt").isNotEmpty())
                .andExpect(jsonPath("$.interimMeasures[0].settlement").value("TRANSFERRED_TO_TRUST_FUND"))
                .andExpect(jsonPath("$.criminalReferrals[0].authority").value("SENDING_STATE"))
                .andExpect(jsonPath("$.criminalReferrals[0].at").isNotEmpty())
                .andExpect(jsonPath("$.finalActions[0].kind").value("REPATRIATION"))
                .andExpect(jsonPath("$.finalActions[0].by").value("MEMBER_STATE"))
                .andExpect(jsonPath("$.finalActions[0].id").isNotEmpty())
                .andExpect(jsonPath("$.clocks[*].name").value(org.hamcrest.Matchers.hasItem("investigation")));
        http.perform(get("/api/v1/cases/{ref}", ref).with(nio("XAA"))).andExpect(status().isNotFound());
        http.perform(get("/api/v1/cases/{ref}", ref).with(nio("XAD"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.criminalReferrals[0].authority").value("SENDING_STATE"));
    }

    @Test
    void aMemberStateThatWillInvestigateHasItsNioAppointmentTimedAndOneThatDeclinesLeavesTheCaseWithOios() throws Exception {
        String willing = TestCaseReferences.next();
        String declining = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, willing, referral(willing, "SA", "XAF", "XAF-BATT-1", Instant.now().plusSeconds(3600), "TCC"));
        TopicRecords.send(Topics.INTAKE, declining, referral(declining, "SA", "XAF", "XAF-BATT-1", Instant.now().plusSeconds(3600), "TCC"));
        awaitQueued(willing);
        awaitQueued(declining);
        assertThat(publishedTypesFor(willing, 2)).contains("InvestigationOpened", "MemberStateNotified");
        http.perform(get("/api/v1/cases/{ref}", willing).with(investigator()))
                .andExpect(jsonPath("$.clocks[?(@.name == 'member-state-intent')].stoppedAt").value(org.hamcrest.Matchers.contains(
                        org.hamcrest.Matchers.nullValue())));

        send(post("/api/v1/cases/{ref}/member-state-response", willing), conductOfficer(), "{\"willInvestigate\":true,\"nioAppointed\":false}")
                .andExpect(status().isNoContent());
        awaitClock(willing, "nio-appointment", "stopped_at IS NULL");
        String nioDeadline = deadlineOf(willing, "NIO_APPOINTMENT");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Long.class, nioDeadline))
                .as("the nio-appointment deadline is armed").isEqualTo(1);
        awaitClock(willing, "member-state-intent", "stopped_at IS NOT NULL AND NOT breached");

        send(post("/api/v1/cases/{ref}/member-state-response", willing), conductOfficer(), "{\"willInvestigate\":true,\"nioAppointed\":true}")
                .andExpect(status().isNoContent());
        awaitClock(willing, "nio-appointment", "stopped_at IS NOT NULL AND NOT breached");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM scheduled_tasks WHERE task_instance = ?", Long.class, nioDeadline))
                .as("the nio-appointment deadline is cancelled").isZero();
        assertThat(publishedTypesFor(willing, 4)).contains("MemberStateResponded", "NioAppointed").doesNotContain("InvestigatingEntityChanged");
        send(post("/api/v1/cases/{ref}/member-state-response", willing), conductOfficer(), "{\"willInvestigate\":true,\"nioAppointed\":true}")
                .andExpect(status().isConflict());

        send(post("/api/v1/cases/{ref}/member-state-response", declining), conductOfficer(), "{\"willInvestigate\":false}")
                .andExpect(status().isNoContent());
        await(declining + " with OIOS").atMost(WITHIN).until(() -> "OIOS".equals(jdbc.queryForObject(
                "SELECT investigating_entity FROM case_view WHERE case_reference = ?", String.class, declining)));
        http.perform(get("/api/v1/cases/{ref}", declining).with(investigator()))
                .andExpect(jsonPath("$.investigatingEntity").value("OIOS"))
                .andExpect(jsonPath("$.clocks[*].name").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("nio-appointment"))));
        assertThat(http.perform(get("/api/v1/cases/queue").param("entity", "OIOS").param("size", "1000").with(nio("XAF")))
                .andReturn().getResponse().getContentAsString()).contains(declining).doesNotContain(willing);
        var changed = TopicRecords.withKey(Topics.INVESTIGATION, declining, 4, WITHIN).stream()
                .map(record -> readTree(record.value()))
                .filter(event -> "InvestigatingEntityChanged".equals(event.get("type").asText()))
                .toList();
        assertThat(changed).singleElement().satisfies(event -> {
            assertThat(event.at("/data/caseReference").asText()).isEqualTo(declining);
            assertThat(event.at("/data/previousEntity").asText()).isEqualTo("TCC");
            assertThat(event.at("/data/investigatingEntity").asText()).isEqualTo("OIOS");
            assertThat(event.at("/data/reason").asText()).isEqualTo("MEMBER_STATE_DECLINED");
            assertThat(Instant.parse(event.at("/data/changedAt").asText())).isBefore(Instant.now().plusSeconds(1));
        });
    }

    @Test
    void theQueueIsReadPageByPageWithLinksToTheNextAndPreviousPage() throws Exception {
        String investigatorName = "investigator.pages." + TestCaseReferences.uniqueNumber();
        RequestPostProcessor pager = jwt().jwt(token -> token.subject(investigatorName).claim("preferred_username", investigatorName))
                .authorities(new SimpleGrantedAuthority("ROLE_investigator"));
        List<String> mine = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String ref = TestCaseReferences.next();
            mine.add(ref);
            TopicRecords.send(Topics.INTAKE, ref, referral(ref, "OTHER_MISCONDUCT", "XAA", Instant.now().plusSeconds(3600)));
            awaitQueued(ref);
            send(post("/api/v1/cases/{ref}/assignment", ref), investigator(), "{\"investigator\":\"" + investigatorName + "\"}")
                    .andExpect(status().isNoContent());
        }
        await("three cases assigned to " + investigatorName).atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM case_view WHERE assignee = ?", Long.class, investigatorName) == 3);

        var first = http.perform(get("/api/v1/cases/queue").param("assignee", "me").param("size", "2").with(pager))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].clocks").isArray())
                .andReturn().getResponse();
        assertThat(first.getHeader("Link")).contains("page=1").contains("size=2").contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        var second = http.perform(get("/api/v1/cases/queue").param("assignee", "me").param("page", "1").param("limit", "2").with(pager))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andReturn().getResponse();
        assertThat(second.getHeader("Link")).contains("page=0").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        List<String> paged = new ArrayList<>();
        for (var page : List.of(first, second)) {
            json.readTree(page.getContentAsString()).forEach(item -> paged.add(item.get("caseReference").asText()));
        }
        assertThat(paged).containsExactlyElementsOf(mine);
        String next = first.getHeader("Link").replaceAll("^<([^>]*)>.*$", "$1");
        assertThat(next).contains("after=");
        var followed = http.perform(get(java.net.URI.create(next)).with(pager))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].caseReference").value(mine.get(2)))
                .andReturn().getResponse();
        assertThat(followed.getHeader("Link")).contains("page=0").contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        http.perform(get("/api/v1/cases/queue").param("after", "not-a-cursor").with(pager))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("after"));

        http.perform(get("/api/v1/cases/queue").param("size", "0").with(pager))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("size"));
        http.perform(get("/api/v1/cases/queue").param("size", "1001").with(pager)).andExpect(status().isBadRequest());
        http.perform(get("/api/v1/cases/queue").param("page", "-1").with(pager)).andExpect(status().isBadRequest());
        http.perform(get("/api/v1/cases/queue").param("size", "2").param("limit", "3").with(pager)).andExpect(status().isBadRequest());
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(byte[] value) {
        try {
            return json.readTree(value);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitClock(String caseReference, String clock, String condition) throws Exception {
        await(clock + " clock of " + caseReference + " where " + condition).atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM case_clock_view WHERE case_reference = ? AND clock = ? AND " + condition,
                Long.class, caseReference, clock) == 1);
    }

    /** The id of the durable deadline a clock was armed with, as its ClockStarted event recorded it. */
    private String deadlineOf(String caseReference, String clock) throws Exception {
        for (String payload : jdbc.queryForList("SELECT convert_from(payload, 'UTF8') FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND payloadtype LIKE '%ClockStarted' ORDER BY sequencenumber", String.class, caseReference)) {
            var started = json.readTree(payload);
            if (clock.equals(started.get("clock").asText())) {
                return started.get("deadlineId").asText();
            }
        }
        throw new AssertionError("no " + clock + " clock started for " + caseReference);
    }

    @Test
    void aNationalInvestigationOfficerReachesAnotherStatesCaseNowhere() throws Exception {
        String theirs = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, theirs, referral(theirs, "SA", "XAC", Instant.now().plusSeconds(3600)));
        awaitQueued(theirs);
        long eventsBefore = eventCount(theirs);
        RequestPostProcessor nio = nio("XAA");

        http.perform(get("/api/v1/cases/{ref}", theirs).with(nio)).andExpect(status().isNotFound());
        http.perform(get("/api/v1/cases/{ref}/history", theirs).with(nio)).andExpect(status().isNotFound());
        http.perform(get("/api/v1/cases/{ref}/evidence", theirs).with(nio)).andExpect(status().isNotFound());
        send(post("/api/v1/cases/{ref}/assignment", theirs), nio, "{\"investigator\":\"investigator.nio\"}").andExpect(status().isNotFound());
        send(post("/api/v1/cases/{ref}/evidence", theirs), nio, evidence()).andExpect(status().isNotFound());
        send(post("/api/v1/cases/{ref}/evidence/{id}/custody-transfers", theirs, "any"), nio, custody("officer.a", "lab"))
                .andExpect(status().isNotFound());
        http.perform(post("/api/v1/cases/{ref}/evidence-preserved", theirs).with(nio)).andExpect(status().isNotFound());
        send(post("/api/v1/cases/{ref}/member-state-response", theirs), nio, "{\"willInvestigate\":true}").andExpect(status().isNotFound());
        send(post("/api/v1/cases/{ref}/interim-measures", theirs), nio, "{\"kind\":\"CONFINEMENT\"}").andExpect(status().isNotFound());
        http.perform(post("/api/v1/cases/{ref}/interim-measures/{id}/lifted", theirs, "any").with(nio)).andExpect(status().isNotFound());
        send(post("/api/v1/cases/{ref}/findings", theirs), nio, "{\"finding\":\"CLOSED\",\"summary\":\"s\",\"noEvidenceReason\":\"r\"}")
                .andExpect(status().isNotFound());
        send(post("/api/v1/cases/{ref}/criminal-referrals", theirs), nio, "{\"authority\":\"HOST_STATE\"}").andExpect(status().isNotFound());
        send(post("/api/v1/cases/{ref}/actions", theirs), nio, "{\"kind\":\"FINE\",\"by\":\"UN\"}").andExpect(status().isNotFound());
        send(post("/api/v1/cases/{ref}/clocks/investigation/extension", theirs), nio, "{\"by\":\"P10D\",\"reason\":\"r\"}")
                .andExpect(status().isNotFound());
        assertThat(eventCount(theirs)).isEqualTo(eventsBefore);

        http.perform(get("/api/v1/cases/{ref}/history", theirs).with(nio("XAC"))).andExpect(status().isOk());
    }

    @Test
    void aScopedInvestigatorIsAnsweredNotFoundBeforeTheBodyIsReadWhateverItHolds() throws Exception {
        String theirs = TestCaseReferences.next();
        String unknown = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, theirs, referral(theirs, "SA", "XAB", Instant.now().plusSeconds(3600)));
        awaitQueued(theirs);
        long eventsBefore = eventCount(theirs);
        List<String> withBody = List.of("/assignment", "/evidence", "/evidence/any/custody-transfers", "/member-state-response",
                "/interim-measures", "/findings", "/criminal-referrals", "/actions", "/clocks/investigation/extension");
        List<String> withoutBody = List.of("/evidence-preserved", "/interim-measures/any/lifted");

        for (String path : withBody) {
            for (String invalid : List.of("{}", "not json")) {
                assertSameNotFound(theirs, unknown, ref -> post("/api/v1/cases/" + ref + path)
                        .contentType(MediaType.APPLICATION_JSON).content(invalid), nio("XAA"));
            }
            RequestPostProcessor allowed = DECISIONS.contains(path) ? conductOfficer() : investigator();
            send(post("/api/v1/cases/{ref}" + path, theirs), allowed, "{}")
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors").isNotEmpty());
            send(post("/api/v1/cases/{ref}" + path, unknown), allowed, "{}").andExpect(status().isNotFound());
        }
        for (String path : withoutBody) {
            assertSameNotFound(theirs, unknown, ref -> post("/api/v1/cases/" + ref + path)
                    .contentType(MediaType.APPLICATION_JSON).content("not json"), nio("XAA"));
        }
        for (String path : List.of("", "/evidence", "/history")) {
            assertSameNotFound(theirs, unknown, ref -> get("/api/v1/cases/" + ref + path), nio("XAA"));
        }
        assertThat(eventCount(theirs)).isEqualTo(eventsBefore);
        http.perform(get("/api/v1/cases/{ref}/evidence", theirs).with(nio("XAB"))).andExpect(status().isOk());
    }

    private static final List<String> DECISIONS = List.of("/member-state-response", "/interim-measures", "/criminal-referrals",
            "/actions");

    @Test
    void theAccusedStateDecidesNothingConductOfficersDecideAndEachInvestigatesOnlyWhereItsBodyInvestigates() throws Exception {
        String stateInvestigates = TestCaseReferences.next();
        String oiosInvestigates = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, stateInvestigates, referral(stateInvestigates, "SA", "XAH", "XAH-BATT-1",
                Instant.now().plusSeconds(3600), "TCC"));
        TopicRecords.send(Topics.INTAKE, oiosInvestigates, referral(oiosInvestigates, "SA", "XAH", Instant.now().plusSeconds(3600)));
        awaitQueued(stateInvestigates);
        awaitQueued(oiosInvestigates);
        long eventsBefore = eventCount(stateInvestigates);

        for (String decision : List.of("/member-state-response", "/interim-measures", "/criminal-referrals", "/actions",
                "/clocks/member-state-intent/extension")) {
            send(post("/api/v1/cases/{ref}" + decision, stateInvestigates), nio("XAH"), "{}").andExpect(status().isForbidden());
            send(post("/api/v1/cases/{ref}" + decision, stateInvestigates), investigator(), "{}").andExpect(status().isForbidden());
        }
        send(post("/api/v1/cases/{ref}/evidence", stateInvestigates), investigator(), evidence()).andExpect(status().isForbidden());
        send(post("/api/v1/cases/{ref}/evidence", oiosInvestigates), nio("XAH"), evidence()).andExpect(status().isForbidden());
        send(post("/api/v1/cases/{ref}/evidence", stateInvestigates), conductOfficer(), evidence()).andExpect(status().isForbidden());
        send(post("/api/v1/cases/{ref}/clocks/evidence-preservation/extension", oiosInvestigates), investigator(),
                "{\"by\":\"P1D\",\"reason\":\"r\"}").andExpect(status().isForbidden());
        send(post("/api/v1/cases/{ref}/assignment", stateInvestigates), role("auditor"), "{\"investigator\":\"x\"}")
                .andExpect(status().isForbidden());
        assertThat(eventCount(stateInvestigates)).isEqualTo(eventsBefore);

        send(post("/api/v1/cases/{ref}/evidence", stateInvestigates), nio("XAH"), evidence()).andExpect(status().isCreated());
        send(post("/api/v1/cases/{ref}/interim-measures", stateInvestigates), conductOfficer(),
                "{\"kind\":\"PAYMENT_SUSPENSION\",\"amount\":100,\"currency\":\"USD\"}").andExpect(status().isCreated());
        send(post("/api/v1/cases/{ref}/clocks/member-state-intent/extension", stateInvestigates), conductOfficer(),
                "{\"by\":\"P5D\",\"reason\":\"the state asked for time\"}").andExpect(status().isNoContent());
        http.perform(get("/api/v1/cases/{ref}", stateInvestigates).with(role("auditor"))).andExpect(status().isOk());
        http.perform(get("/api/v1/cases/queue").with(conductOfficer())).andExpect(status().isOk());
    }

    @Test
    void aTokenThatMixesTheInvestigatorRolesAndTheMemberStateClaimIsRefusedEverywhere() throws Exception {
        RequestPostProcessor unscopedNationalInvestigator = jwt().jwt(token -> token.claim("preferred_username", "nio.without.state")
                .claim("realm_access", Map.of("roles", List.of("national-investigator")))).authorities(new RealmRoles());
        RequestPostProcessor scopedInvestigator = jwt().jwt(token -> token.claim("preferred_username", "oios.with.state")
                .claim("member_state", "XAA").claim("realm_access", Map.of("roles", List.of("investigator"))))
                .authorities(new RealmRoles());
        for (RequestPostProcessor refused : List.of(unscopedNationalInvestigator, scopedInvestigator)) {
            http.perform(get("/api/v1/cases/queue").with(refused)).andExpect(status().isForbidden());
            http.perform(get("/api/v1/contingents/flags").with(refused)).andExpect(status().isForbidden());
        }
    }

    /** Another state's case and a case that does not exist answer the very same problem, apart from the reference. */
    private void assertSameNotFound(String theirs, String unknown,
                                    java.util.function.Function<String, org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder> request,
                                    RequestPostProcessor user) throws Exception {
        List<String> answers = new ArrayList<>();
        for (String ref : List.of(theirs, unknown)) {
            String answer = http.perform(request.apply(ref).with(user))
                    .andExpect(status().isNotFound())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(404))
                    .andReturn().getResponse().getContentAsString();
            answers.add(answer.replace(ref, "{ref}"));
        }
        assertThat(answers.get(0)).isEqualTo(answers.get(1));
    }

    @Test
    void narrativeTypedIntoACaseRestsSealedInEveryTableAndIsShownOpenedToItsInvestigators() throws Exception {
        String ref = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, ref, referral(ref, "SA", "XAG", Instant.now().plusSeconds(3600)));
        awaitQueued(ref);
        String run = UUID.randomUUID().toString();
        Map<String, String> canary = new LinkedHashMap<>();
        for (String field : List.of("description", "purpose", "reason", "summary", "noEvidenceReason", "detail")) {
            canary.put(field, "canary-" + field + "-" + run);
        }

        String evidenceId = json.readTree(send(post("/api/v1/cases/{ref}/evidence", ref), investigator(),
                evidence().replace("confidential description", canary.get("description")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("evidenceId").asText();
        send(post("/api/v1/cases/{ref}/evidence/{id}/custody-transfers", ref, evidenceId), investigator(),
                custody("officer.a", "lab").replace("confidential purpose", canary.get("purpose"))).andExpect(status().isNoContent());
        send(post("/api/v1/cases/{ref}/clocks/investigation/extension", ref), investigator(),
                "{\"by\":\"P30D\",\"reason\":\"" + canary.get("reason") + "\"}").andExpect(status().isNoContent());
        send(post("/api/v1/cases/{ref}/findings", ref), investigator(), "{\"finding\":\"SUBSTANTIATED\",\"summary\":\""
                + canary.get("summary") + "\",\"noEvidenceReason\":\"" + canary.get("noEvidenceReason") + "\"}")
                .andExpect(status().isNoContent());
        send(post("/api/v1/cases/{ref}/actions", ref), conductOfficer(),
                "{\"kind\":\"REPATRIATION\",\"by\":\"UN\",\"detail\":\"" + canary.get("detail") + "\"}").andExpect(status().isCreated());

        assertThat(publishedTypesFor(ref, 5)).contains("InvestigationCompleted", "DisciplinaryActionTaken");
        await(ref + " projected as substantiated").atMost(WITHIN).until(() -> "SUBSTANTIATED".equals(jdbc.queryForObject(
                "SELECT status FROM case_view WHERE case_reference = ?", String.class, ref)));
        for (var planted : canary.entrySet()) {
            assertThat(RawTables.columnsContaining(dataSource, planted.getValue())).as("columns holding the %s in clear", planted.getKey())
                    .isEmpty();
        }
        for (var record : TopicRecords.withKey(Topics.INVESTIGATION, ref, 5, WITHIN)) {
            String published = new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
            canary.values().forEach(text -> assertThat(published).doesNotContain(text));
        }

        http.perform(get("/api/v1/cases/{ref}/evidence", ref).with(investigator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].description").value(canary.get("description")))
                .andExpect(jsonPath("$[0].custody[0].purpose").value(canary.get("purpose")));
        http.perform(get("/api/v1/cases/{ref}", ref).with(investigator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.findingRecord.summary").value(canary.get("summary")))
                .andExpect(jsonPath("$.finalActions[0].detail").value(canary.get("detail")));
        String history = http.perform(get("/api/v1/cases/{ref}/history", ref).with(investigator()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        canary.values().forEach(text -> assertThat(history).doesNotContain(text));

        Map<String, String> sealed = new LinkedHashMap<>();
        sealed.put("description", stored(ref, "EvidenceRecorded", "description"));
        sealed.put("purpose", stored(ref, "CustodyTransferred", "purpose"));
        sealed.put("reason", stored(ref, "ClockExtended", "reason"));
        sealed.put("summary", stored(ref, "FindingRecorded", "summary"));
        sealed.put("noEvidenceReason", stored(ref, "FindingRecorded", "noEvidenceReason"));
        sealed.put("detail", stored(ref, "DisciplinaryActionTaken", "detail"));
        String caseFile = CaseNarratives.subjectOf(ref);
        String anotherCaseFile = CaseNarratives.subjectOf(TestCaseReferences.next());
        vault.seal(anotherCaseFile, "another case's narrative");
        ApplicationContextRunner withAnotherKeyEncryptionKey = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(PersonalDataAutoConfiguration.class))
                .withBean(JdbcTemplate.class, () -> jdbc)
                .withBean(Clock.class, Clock::systemUTC)
                .withPropertyValues("misconduct.personal-data.key-encryption-key=" + ServiceTestProperties.newPersonalDataKey());
        for (var field : sealed.entrySet()) {
            String text = field.getValue();
            assertThat(text).as(field.getKey()).startsWith("pd1:");
            assertThat(vault.open(caseFile, text)).as(field.getKey()).contains(canary.get(field.getKey()));
            assertThatThrownBy(() -> vault.open(anotherCaseFile, text)).as(field.getKey() + " under another case file's key")
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("Decryption failed");
            withAnotherKeyEncryptionKey.run(context -> {
                PersonalDataVault anotherDeployment = context.getBean(PersonalDataVault.class);
                assertThatThrownBy(() -> anotherDeployment.open(caseFile, text)).as(field.getKey() + " under another key-encryption key")
                        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Decryption failed");
            });
        }
    }

    /** A field of a case's event as the event store holds it; such events are revision 2, stored since narrative is sealed. */
    private String stored(String caseReference, String eventType, String field) throws Exception {
        Map<String, Object> row = jdbc.queryForMap("SELECT convert_from(payload, 'UTF8') AS payload, payloadrevision FROM domainevententry "
                + "WHERE aggregateidentifier = ? AND payloadtype LIKE ?", caseReference, "%." + eventType);
        assertThat(row.get("payloadrevision")).as(eventType + " revision").isEqualTo("2");
        return json.readTree((String) row.get("payload")).get(field).asText();
    }

    @Test
    void badInputGetsAProblemAndStoresNothing() throws Exception {
        String ref = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, ref, referral(ref, "SE", "XAA", Instant.now().plusSeconds(3600)));
        awaitQueued(ref);
        long eventsBefore = eventCount(ref);

        send(post("/api/v1/cases/{ref}/evidence", ref), investigator(), evidence().replace("a".repeat(64), "not-a-hash"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("sha256"));
        send(post("/api/v1/cases/{ref}/evidence", ref), investigator(), evidence().replace("DIGITAL", "RUMOUR"))
                .andExpect(status().isBadRequest());
        send(post("/api/v1/cases/{ref}/interim-measures", ref), conductOfficer(), "{\"kind\":\"PAYMENT_SUSPENSION\",\"currency\":\"USD\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("amount"));
        send(post("/api/v1/cases/{ref}/findings", ref), investigator(), "{\"summary\":\"s\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("finding"));
        send(post("/api/v1/cases/{ref}/findings", ref), investigator(), "{\"finding\":\"CLOSED\",\"summary\":\"s\"}")
                .andExpect(status().isConflict());
        send(post("/api/v1/cases/{ref}/clocks/stopwatch/extension", ref), investigator(), "{\"by\":\"P10D\",\"reason\":\"r\"}")
                .andExpect(status().isNotFound());
        send(post("/api/v1/cases/{ref}/clocks/investigation/extension", ref), investigator(),
                "{\"by\":\"P10D\",\"until\":\"2030-01-01T00:00:00Z\",\"reason\":\"r\"}")
                .andExpect(status().isBadRequest());
        assertThat(eventCount(ref)).isEqualTo(eventsBefore);
    }

    @Test
    void anExtensionMovesTheClockAndIsPublishedWithoutItsReason() throws Exception {
        String ref = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, ref, referral(ref, "OTHER_MISCONDUCT", "XAA", Instant.now()));
        awaitQueued(ref);

        send(post("/api/v1/cases/{ref}/clocks/investigation/extension", ref), investigator(),
                "{\"by\":\"P30D\",\"reason\":\"witness abroad\"}").andExpect(status().isNoContent());

        List<String> published = publishedTypesFor(ref, 3);
        assertThat(published).contains("ClockExtended");
        for (var record : TopicRecords.withKey(Topics.INVESTIGATION, ref, 3, WITHIN)) {
            assertThat(new String(record.value(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("witness abroad");
        }
    }

    @Test
    void aContingentWithThreeReferredSeaAllegationsIsFlaggedAndRepatriated() throws Exception {
        String unit = "XAE-BATT-" + TestCaseReferences.uniqueNumber();
        for (int i = 0; i < 3; i++) {
            String ref = TestCaseReferences.next();
            TopicRecords.send(Topics.INTAKE, ref, referral(ref, "SE", "XAE", unit, Instant.now().plusSeconds(3600), "TCC"));
        }
        await("contingent " + unit + " flagged").atMost(WITHIN).until(() -> {
            try {
                return http.perform(get("/api/v1/contingents/flags").with(role("conduct-officer"))).andReturn().getResponse()
                        .getContentAsString().contains(unit);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String flags = http.perform(get("/api/v1/contingents/flags").with(role("conduct-officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String contingentId = null;
        for (var flag : json.readTree(flags)) {
            if (unit.equals(flag.get("unit").asText())) {
                contingentId = flag.get("contingentId").asText();
                assertThat(flag.get("reason").asText()).isEqualTo("REFERRED_SEA_ALLEGATIONS");
                assertThat(flag.get("caseReferences")).hasSize(3);
            }
        }
        http.perform(get("/api/v1/contingents/flags").with(investigator())).andExpect(status().isForbidden());
        String snapshotted = contingentId;
        await("contingent snapshotted").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM snapshotevententry WHERE aggregateidentifier = ?", Long.class, snapshotted) == 1);
        http.perform(post("/api/v1/contingents/{id}/repatriation", contingentId).with(role("conduct-officer")))
                .andExpect(status().isNoContent());
        http.perform(post("/api/v1/contingents/{id}/repatriation", contingentId).with(role("conduct-officer")))
                .andExpect(status().isConflict());
        http.perform(post("/api/v1/contingents/{id}/repatriation", UUID.randomUUID()).with(role("conduct-officer")))
                .andExpect(status().isNotFound());
        assertThat(publishedTypesFor(contingentId, 2)).containsExactly("ContingentFlagged", "ContingentRepatriated");
    }

    private org.springframework.test.web.servlet.ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, RequestPostProcessor user, String body)
            throws Exception {
        return http.perform(request.with(user).contentType(org.springframework.http.MediaType.APPLICATION_JSON).content(body));
    }

    private long eventCount(String caseReference) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class, caseReference);
    }

    private static String evidence() {
        return """
                {"kind":"DIGITAL","description":"confidential description","sha256":"%s",
                 "collectedAt":"2026-01-01T10:00:00Z","collectedBy":"officer.a"}""".formatted("a".repeat(64));
    }

    private static String custody(String from, String to) {
        return """
                {"from":"%s","to":"%s","at":"2026-01-02T10:00:00Z","purpose":"confidential purpose"}""".formatted(from, to);
    }

    private static RequestPostProcessor nio(String memberState) {
        return jwt().jwt(token -> token.subject("investigator.nio").claim("preferred_username", "investigator.nio")
                        .claim("member_state", memberState))
                .authorities(new SimpleGrantedAuthority("ROLE_national-investigator"));
    }

    private static RequestPostProcessor conductOfficer() {
        return jwt().jwt(token -> token.subject("conduct.officer").claim("preferred_username", "conduct.officer"))
                .authorities(new SimpleGrantedAuthority("ROLE_conduct-officer"));
    }

    private static RequestPostProcessor role(String role) {
        return jwt().jwt(token -> token.subject(role + ".user").claim("preferred_username", role + ".user"))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }

    @Test
    void everyTamperingWithTheEventStoreIsFoundAtItsGlobalIndex() throws Exception {
        String caseReference = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, caseReference, referral(caseReference, "SA", "XAA", Instant.now().plusSeconds(3600)));
        awaitQueued(caseReference);
        await("three clocks of " + caseReference + " projected").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM case_clock_view WHERE case_reference = ?", Long.class, caseReference) == 3);
        publishedTypesFor(caseReference, 1);

        http.perform(get("/api/v1/integrity").with(investigator())).andExpect(status().isForbidden());
        assertThat(TamperingScenarios.run("investigation_it", this::integrity, this::anchoredThrough)).isEmpty();
    }

    private long anchoredThrough() {
        try {
            com.fasterxml.jackson.databind.JsonNode anchored = json.readTree(http.perform(get("/api/v1/integrity").with(role("auditor")))
                    .andReturn().getResponse().getContentAsString()).get("anchoredThrough");
            return anchored == null || anchored.isNull() ? -1 : anchored.asLong();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private TamperingScenarios.Verdict integrity() {
        try {
            com.fasterxml.jackson.databind.JsonNode report = json.readTree(http.perform(get("/api/v1/integrity").with(role("auditor")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            com.fasterxml.jackson.databind.JsonNode broken = report.get("firstBroken");
            return new TamperingScenarios.Verdict(report.get("intact").asBoolean(),
                    broken.isNull() ? null : broken.get("globalIndex").asLong(), broken.isNull() ? null : broken.get("reason").asText());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitQueued(String caseReference) throws Exception {
        await("case " + caseReference + " in the queue").atMost(WITHIN).until(() -> {
            try {
                return http.perform(get("/api/v1/cases/queue").with(investigator())).andReturn().getResponse()
                        .getContentAsString().contains(caseReference);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** A referral to OIOS, whose investigators work the case. */
    private byte[] referral(String caseReference, String allegationType, String nationality, Instant receivedAt) {
        return referral(caseReference, allegationType, nationality, nationality + "-BATT-1", receivedAt, "OIOS");
    }

    private byte[] referral(String caseReference, String allegationType, String nationality, String unit, Instant receivedAt,
                            String investigatingEntity) {
        AllegationReferred referred = new AllegationReferred(caseReference, "MINUSCA", allegationType,
                "OTHER_MISCONDUCT".equals(allegationType) ? null : "TRANSACTIONAL_SEX",
                "MC", nationality, unit, 1, false, "NORMAL", investigatingEntity, receivedAt, receivedAt);
        return codec.encode(referred, UUID.randomUUID().toString(), URI.create("/intake-service"), Instant.now());
    }

    private List<String> publishedTypesFor(String caseReference, int expected) throws Exception {
        List<String> types = new ArrayList<>();
        for (var record : TopicRecords.withKey(Topics.INVESTIGATION, caseReference, expected, Duration.ofSeconds(30))) {
            types.add(json.readTree(record.value()).get("type").asText());
        }
        return types;
    }


    private static RequestPostProcessor investigator() {
        return jwt().jwt(token -> token.subject("investigator.oios").claim("preferred_username", "investigator.oios"))
                .authorities(new SimpleGrantedAuthority("ROLE_investigator"));
    }
}
