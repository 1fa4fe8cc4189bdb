package org.misconduct.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.investigation.EvidencePreserved;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.contracts.victimassistance.VictimRegistered;
import org.misconduct.reporting.ledger.ProjectionRebuild;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestInfrastructure;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** Published events of all three services into the public disclosure, on real PostgreSQL and Kafka. */
@SpringBootTest(properties = "misconduct.abuse-protection.public-disclosure.requests=1000000")
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportingFlowIntegrationTest {

    private static final Instant NOW = Instant.parse("2025-06-15T12:00:00Z");
    private static final String SOLDIER_CASE = "ALG-2025-000101";
    private static final String CIVILIAN_CASE = "ALG-2025-000102";
    private static final String FORGED_CASE = "ALG-2025-000103";
    private static final Instant RECEIVED = Instant.parse("2025-03-01T08:00:00Z");
    private static final Instant REFERRED = Instant.parse("2025-03-04T10:00:00Z");
    private static final Instant OPENED = Instant.parse("2025-03-05T09:00:00Z");
    private static final int DISTINCT_EVENTS = 11;

    /** A type this version does not know yet, as a newer investigation service might publish it. */
    record InvestigationSuspended(String caseReference, String reason, Instant suspendedAt) implements PublishedEvent {
    }

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "reporting_it");
        ServiceTestProperties.registerDisclosureOrderKey(registry);
        createTopics();
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
    ProjectionRebuild rebuild;
    @Autowired
    MeterRegistry meters;

    @BeforeAll
    void publishTheEventsOfTwoAllegations() throws Exception {
        // The investigation and victim assistance get ahead of intake: reporting must not depend on the order.
        publish(Topics.INVESTIGATION, "/investigation-service", new InvestigationOpened(SOLDIER_CASE, "MINUSCA", "SE", "MC", "XAA",
                "URGENT", "OIOS", OPENED));
        publish(Topics.INVESTIGATION, "/investigation-service", new ClockBreached(SOLDIER_CASE, "evidence-preservation", RECEIVED,
                RECEIVED.plus(Duration.ofHours(72)), RECEIVED.plus(Duration.ofHours(72))));
        publish(Topics.INVESTIGATION, "/investigation-service", new EvidencePreserved(SOLDIER_CASE, OPENED.plus(Duration.ofHours(3)), false));
        publish(Topics.INVESTIGATION, "/investigation-service", new InvestigationSuspended(SOLDIER_CASE, "AWAITING_MEMBER_STATE", NOW));

        byte[] firstVictim = encode(new VictimRegistered(SOLDIER_CASE, "V-1", "MINOR", "FEMALE", OPENED), "/victim-assistance-service");
        send(Topics.VICTIM_ASSISTANCE, SOLDIER_CASE, firstVictim);
        send(Topics.VICTIM_ASSISTANCE, SOLDIER_CASE, firstVictim);
        publish(Topics.VICTIM_ASSISTANCE, "/victim-assistance-service", new VictimRegistered(SOLDIER_CASE, "V-2", "ADULT", "FEMALE", OPENED));

        byte[] registration = encode(new AllegationRegistered(SOLDIER_CASE, "MINUSCA", "WEB", "MC", "XAA", 1, true, RECEIVED), "/intake-service");
        send(Topics.INTAKE, SOLDIER_CASE, registration);
        send(Topics.INTAKE, SOLDIER_CASE, registration);
        publish(Topics.INTAKE, "/intake-service", new AllegationAssessed(SOLDIER_CASE, "SE", "TRANSACTIONAL_SEX", "MC", "XAA",
                "XAA-BATT-1", 2, true, "URGENT", RECEIVED.plus(Duration.ofDays(1))));
        publish(Topics.INTAKE, "/intake-service", new AllegationReferred(SOLDIER_CASE, "MINUSCA", "SE", "TRANSACTIONAL_SEX", "MC", "XAA",
                "XAA-BATT-1", 2, true, "URGENT", "OIOS", RECEIVED, REFERRED));

        publish(Topics.INTAKE, "/intake-service", new AllegationRegistered(CIVILIAN_CASE, "UNMISS", "HOTLINE", "NS", "XBB", 1, false,
                Instant.parse("2025-04-10T15:00:00Z")));
        publish(Topics.INTAKE, "/intake-service", new AllegationAssessed(CIVILIAN_CASE, "OTHER_MISCONDUCT", null, "NS", "XBB", null, 1,
                false, "NORMAL", Instant.parse("2025-04-11T09:00:00Z")));

        awaitSummary(summary -> summary.get("allegations").asInt() == 2
                && summary.get("underInvestigation").asInt() == 1
                && summary.get("byStatus").get("UNDER_ASSESSMENT").asInt() == 1
                && summary.get("referred").asInt() == 1
                && summary.get("evidenceClockBreaches").asInt() == 1
                && summary.get("victims").asInt() >= 2);
        awaitLedger(DISTINCT_EVENTS);
    }

    @Test
    void theSummaryCountsEveryEventOnceWhateverTheOrder() throws Exception {
        http.perform(get("/api/v1/public/summary").param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.allegations").value(2))
                .andExpect(jsonPath("$.byStatus.RECEIVED").value(0))
                .andExpect(jsonPath("$.byStatus.UNDER_ASSESSMENT").value(1))
                .andExpect(jsonPath("$.byStatus.REFERRED").value(0))
                .andExpect(jsonPath("$.byStatus.UNDER_INVESTIGATION").value(1))
                .andExpect(jsonPath("$.byStatus.SUBSTANTIATED").value(0))
                .andExpect(jsonPath("$.byYear['2025']").value(2))
                .andExpect(jsonPath("$.byNationality.XAA").value(1))
                .andExpect(jsonPath("$.byNationality.XBB").doesNotExist())
                .andExpect(jsonPath("$.byYearAndPersonnelCategory['2025'].MC").value(1))
                .andExpect(jsonPath("$.byMission.MINUSCA").value(1))
                .andExpect(jsonPath("$.byMission.UNMISS").value(1))
                .andExpect(jsonPath("$.byAllegationType.SE").value(1))
                .andExpect(jsonPath("$.byAllegationType.OTHER_MISCONDUCT").value(1))
                .andExpect(jsonPath("$.byPersonnelCategory.MC").value(1))
                .andExpect(jsonPath("$.byPersonnelCategory.NS").value(1))
                .andExpect(jsonPath("$.referred").value(1))
                .andExpect(jsonPath("$.underInvestigation").value(1))
                .andExpect(jsonPath("$.evidenceClockBreaches").value(1))
                .andExpect(jsonPath("$.victims").value(2))
                .andExpect(jsonPath("$.victimsReported").value(3));

        http.perform(get("/api/v1/public/summary"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.allegations").value(2));
        http.perform(get("/api/v1/public/summary").param("year", "2024"))
                .andExpect(jsonPath("$.allegations").value(0))
                .andExpect(jsonPath("$.byStatus.RECEIVED").value(0));
    }

    @Test
    void aRedeliveredEventIsLedgeredAndCountedOnce() {
        assertThat(jdbc.queryForObject("SELECT count(*) FROM received_event", Long.class)).isEqualTo(DISTINCT_EVENTS);
        // The ledger alone recognises a redelivery: the inbox's own table stays empty.
        assertThat(jdbc.queryForObject("SELECT count(*) FROM processed_event", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT victims_registered FROM public_allegation WHERE case_reference = ?",
                Integer.class, SOLDIER_CASE)).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT DISTINCT topic FROM received_event", String.class))
                .containsExactlyInAnyOrder(Topics.INTAKE, Topics.INVESTIGATION, Topics.VICTIM_ASSISTANCE);
    }

    @Test
    void aForgedEventIsDeadLetteredCountedAndNeverProjected() throws Exception {
        awaitLedger(DISTINCT_EVENTS);
        String before = http.perform(get("/api/v1/public/allegations")).andReturn().getResponse().getContentAsString();
        double lettersBefore = deadLetters(Topics.INVESTIGATION);
        String forgedId = UUID.randomUUID().toString();
        // Only intake registers allegations: on the investigation topic, under the investigation's own source, it is forged.
        send(Topics.INVESTIGATION, FORGED_CASE, codec.encode(new AllegationRegistered(FORGED_CASE, "MINUSCA", "WEB", "MC", "XCC",
                4, true, RECEIVED), forgedId, URI.create("/investigation-service"), NOW));

        List<ConsumerRecord<String, byte[]>> letters = TopicRecords.withKey(
                Topics.INVESTIGATION + ".reporting-service.dlt", FORGED_CASE, 1, Duration.ofSeconds(30));
        assertThat(letters).hasSize(1);
        assertThat(codec.read(letters.get(0).value()).id()).isEqualTo(forgedId);
        assertThat(new String(letters.get(0).headers().lastHeader("misconduct_dead_letter_cause").value(), StandardCharsets.UTF_8))
                .startsWith("ForgedEvent: ").contains("AllegationRegistered", Topics.INVESTIGATION);
        assertThat(letters.get(0).headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TOPIC)).isNotNull();
        await("the dead letter counted").atMost(Duration.ofSeconds(30))
                .until(() -> deadLetters(Topics.INVESTIGATION) == lettersBefore + 1);
        markHandled(letters.get(0));
        await("the handled letter no longer counted").atMost(Duration.ofSeconds(30))
                .until(() -> deadLetters(Topics.INVESTIGATION) == 0);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM received_event WHERE event_id = ?", Long.class, forgedId)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM public_allegation WHERE case_reference = ?", Long.class, FORGED_CASE))
                .isZero();
        assertThat(http.perform(get("/api/v1/public/allegations")).andReturn().getResponse().getContentAsString()).isEqualTo(before);
    }

    @Test
    void theLedgerKeepsEventsOfTypesThisVersionCannotRead() {
        Map<String, Object> unknown = jdbc.queryForMap(
                "SELECT case_reference, source, topic, data->>'reason' AS reason FROM received_event WHERE type = 'InvestigationSuspended'");
        assertThat(unknown).containsEntry("case_reference", SOLDIER_CASE)
                .containsEntry("source", "/investigation-service")
                .containsEntry("topic", Topics.INVESTIGATION)
                .containsEntry("reason", "AWAITING_MEMBER_STATE");
    }

    @Test
    void thePublicSeesTheFieldsOfEachAllegationAndTheNationalityOfUniformedPersonnelOnly() throws Exception {
        String body = http.perform(get("/api/v1/public/allegations").param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].yearReceived").value(2025))
                .andExpect(jsonPath("$[0].monthReceived").value(3))
                .andExpect(jsonPath("$[0].mission").value("MINUSCA"))
                .andExpect(jsonPath("$[0].personnelCategory").value("MC"))
                .andExpect(jsonPath("$[0].nationality").value("XAA"))
                .andExpect(jsonPath("$[0].allegationType").value("SE"))
                .andExpect(jsonPath("$[0].victims").value(2))
                .andExpect(jsonPath("$[0].minorVictims").value(1))
                .andExpect(jsonPath("$[0].adultVictims").value(1))
                .andExpect(jsonPath("$[0].unknownAgeVictims").value(0))
                .andExpect(jsonPath("$[0].investigatingEntity").value("OIOS"))
                .andExpect(jsonPath("$[0].status").value("UNDER_INVESTIGATION"))
                .andExpect(jsonPath("$[0].daysTaken").value(nullValue()))
                .andExpect(jsonPath("$[0].finding").value(nullValue()))
                .andExpect(jsonPath("$[0].interimActions", hasSize(0)))
                .andExpect(jsonPath("$[0].finalActions", hasSize(0)))
                .andExpect(jsonPath("$[0].criminalReferrals", hasSize(0)))
                .andExpect(jsonPath("$[0].paternityClaims", hasSize(0)))
                .andExpect(jsonPath("$[0].receivedOn").doesNotExist())
                .andExpect(jsonPath("$[0].breachedClocks").doesNotExist())
                .andExpect(jsonPath("$[1].mission").value("UNMISS"))
                .andExpect(jsonPath("$[1].personnelCategory").value("NS"))
                .andExpect(jsonPath("$[1].allegationType").value("OTHER_MISCONDUCT"))
                .andExpect(jsonPath("$[1].status").value("UNDER_ASSESSMENT"))
                .andExpect(jsonPath("$[1].nationality").value(nullValue()))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("XBB", "ALG-", "V-1", "XAA-BATT-1", "TRANSACTIONAL_SEX");

        http.perform(get("/api/v1/public/allegations").param("nationality", "xaa"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].mission").value("MINUSCA"));
        http.perform(get("/api/v1/public/allegations").param("nationality", "XBB"))
                .andExpect(jsonPath("$", hasSize(0)));
        http.perform(get("/api/v1/public/allegations").param("mission", "unmiss").param("year", "2025"))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].personnelCategory").value("NS"));
        http.perform(get("/api/v1/public/allegations").param("year", "2024"))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void theAllegationsComeAsCsvByAcceptOrByFormat() throws Exception {
        String byFormat = http.perform(get("/api/v1/public/allegations").param("year", "2025").param("format", "csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"allegations-2025.csv\""))
                .andReturn().getResponse().getContentAsString();
        String byAccept = http.perform(get("/api/v1/public/allegations").param("year", "2025").accept("text/csv"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(byAccept).isEqualTo(byFormat);

        List<String> lines = List.of(byFormat.split("\r\n"));
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("yearReceived,monthReceived,mission,personnelCategory,nationality,allegationType,"
                + "victims,minorVictims,adultVictims,unknownAgeVictims,investigatingEntity,status,daysTaken,finding,"
                + "interimActions,finalActions,criminalReferrals,paternityClaims,criminalReferralStatus");
        assertThat(lines.get(1)).isEqualTo("2025,3,MINUSCA,MC,XAA,SE,2,1,1,0,OIOS,UNDER_INVESTIGATION,,,,,,,");
        assertThat(lines.get(2)).isEqualTo("2025,4,UNMISS,NS,,OTHER_MISCONDUCT,0,0,0,0,,UNDER_ASSESSMENT,,,,,,,");

        http.perform(get("/api/v1/public/allegations").param("year", "2025").accept(MediaType.APPLICATION_JSON, MediaType.ALL))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
        http.perform(get("/api/v1/public/allegations").param("year", "2025").param("format", "json").accept("text/csv"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON));
    }

    @Test
    void badParametersAreRejectedFieldByField() throws Exception {
        http.perform(get("/api/v1/public/allegations").param("year", "25").param("format", "xml").param("nationality", "X1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", contains("year", "nationality", "format")));
        http.perform(get("/api/v1/public/allegations").param("year", "20255").accept("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        http.perform(get("/api/v1/public/allegations").param("page", "-1").param("size", "100000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("page", "size")));
        http.perform(get("/").param("size", "0"))
                .andExpect(status().isBadRequest());
        http.perform(get("/api/v1/public/summary").param("year", "next"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void staffPathsNeedATokenWithTheirRoleAndThePublicOnesNone() throws Exception {
        http.perform(get("/api/v1/council-reports/2026"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/v1/council-reports/2026").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_investigator"))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(get("/api/v1/projections/status").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_conduct-officer"))))
                .andExpect(status().isForbidden());
        http.perform(post("/api/v1/projections/rebuild")).andExpect(status().isUnauthorized());
        http.perform(post("/api/v1/projections/rebuild").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_conduct-officer"))))
                .andExpect(status().isForbidden());
        http.perform(get("/council-reports/2026").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_admin"))))
                .andExpect(status().isForbidden());
        http.perform(get("/api/v1/something-else").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_admin"))))
                .andExpect(status().isForbidden());
        http.perform(get("/api/v1/public/summary")).andExpect(status().isOk());
        http.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/public/allegations']").exists());
        http.perform(get("/livez")).andExpect(status().isOk());
        http.perform(get("/readyz")).andExpect(status().isOk()).andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void theTopicsAndTheirDeadLetterTopicsKeepRecordsForEver() throws Exception {
        Map<String, Object> settings = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        try (AdminClient admin = AdminClient.create(settings)) {
            List<ConfigResource> topics = Stream.of(Topics.INTAKE, Topics.INVESTIGATION, Topics.VICTIM_ASSISTANCE)
                    .flatMap(topic -> Stream.of(topic, topic + ".reporting-service.dlt"))
                    .map(topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic)).toList();
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics).all().get(30, TimeUnit.SECONDS);
            assertThat(configs.values()).hasSize(6)
                    .allSatisfy(config -> assertThat(config.get(TopicConfig.RETENTION_MS_CONFIG).value()).isEqualTo("-1"));
        }
    }

    @Test
    void theStatusShowsTheLedgerAndNoLagOnceEverythingIsReceived() throws Exception {
        await("no lag on any topic").atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                JsonNode status = json.readTree(http.perform(get("/api/v1/projections/status")
                                .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_admin"))))
                        .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
                assertThat(status.get("ledgerEvents").asLong()).isEqualTo(DISTINCT_EVENTS);
                assertThat(status.get("topics")).hasSize(3);
                status.get("topics").forEach(topic -> {
                    assertThat(topic.get("problem")).isNull();
                    assertThat(topic.get("partitions").asInt()).isEqualTo(4);
                    assertThat(topic.get("endOffset").asLong()).isPositive();
                });
                long lag = 0;
                for (JsonNode topic : status.get("topics")) {
                    lag += topic.get("lag").asLong();
                }
                return lag == 0;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void theProjectionIsRebuiltFromTheLedgerToTheSameRows() throws Exception {
        String before = http.perform(get("/api/v1/public/allegations")).andReturn().getResponse().getContentAsString();
        List<List<String>> rowsBefore = projectedRows();

        jdbc.update("UPDATE public_allegation SET victims_registered = 99, nationality = NULL");
        assertThat(projectedRows()).isNotEqualTo(rowsBefore);
        assertThat(rebuild.rebuild()).isEqualTo(DISTINCT_EVENTS - 1);

        String after = http.perform(get("/api/v1/public/allegations")).andReturn().getResponse().getContentAsString();
        assertThat(after).isEqualTo(before);
        assertThat(projectedRows()).isEqualTo(rowsBefore);
    }

    @Test
    void aReplayOfEachProjectionRebuildsItAloneToTheSameRows() throws Exception {
        List<List<String>> rowsBefore = projectedRows();
        jdbc.update("UPDATE public_allegation SET victims_registered = 99, nationality = NULL");

        assertThat(rebuild.names()).contains("public-allegation", "council-actions");
        for (String name : rebuild.names()) {
            http.perform(post("/api/v1/projections/{name}/replay", name)
                            .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_admin"))))
                    .andExpect(status().isAccepted());
            await("replay of " + name).atMost(Duration.ofSeconds(30)).until(() -> json.readTree(http.perform(
                            get("/api/v1/projections/status").with(jwt().authorities(new SimpleGrantedAuthority("ROLE_admin"))))
                    .andReturn().getResponse().getContentAsString()).at("/rebuild/state").asText().equals("SUCCEEDED"));
        }

        assertThat(projectedRows()).isEqualTo(rowsBefore);
        http.perform(post("/api/v1/projections/{name}/replay", "no-such-projection")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_admin"))))
                .andExpect(status().isNotFound());
    }

    /** Every table the projections rebuild, row for row as JSON (arrays and keys compare by value), in a total order. */
    private List<List<String>> projectedRows() {
        return Stream.of("public_allegation", "interim_measure", "trust_fund_transfer", "final_action", "contingent_repatriation")
                .map(table -> jdbc.queryForList("SELECT to_jsonb(projected)::text FROM " + table + " projected"
                        + " ORDER BY projected::text", String.class))
                .toList();
    }

    /** As an operator does with kafka-consumer-groups.sh --reset-offsets once the letter is dealt with. */
    private static void markHandled(ConsumerRecord<String, byte[]> letter) throws Exception {
        Map<String, Object> settings = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        try (AdminClient admin = AdminClient.create(settings)) {
            admin.alterConsumerGroupOffsets("reporting-service-dead-letters",
                    Map.of(new TopicPartition(letter.topic(), letter.partition()), new OffsetAndMetadata(letter.offset() + 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
    }

    private double deadLetters(String source) {
        return meters.get("misconduct.dead.letters").tag("source", source).gauge().value();
    }

    private void publish(String topic, String source, PublishedEvent event) throws Exception {
        send(topic, event.caseReference(), encode(event, source));
    }

    private byte[] encode(PublishedEvent event, String source) {
        return codec.encode(event, UUID.randomUUID().toString(), URI.create(source), NOW);
    }

    private void send(String topic, String caseReference, byte[] cloudEvent) throws Exception {
        kafka.send(topic, caseReference, cloudEvent).get(10, TimeUnit.SECONDS);
    }

    private void awaitSummary(java.util.function.Predicate<JsonNode> reached) throws Exception {
        await("the summary reaching the published events").atMost(Duration.ofSeconds(60))
                .until(() -> json.readTree(http.perform(get("/api/v1/public/summary").param("year", "2025"))
                        .andReturn().getResponse().getContentAsString()), reached);
    }

    private void awaitLedger(int events) {
        await("ledger holding " + events + " events").atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT count(*) FROM received_event", Long.class) >= events);
    }

    private static void createTopics() {
        Map<String, Object> settings = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.kafka().bootstrapServers());
        try (AdminClient admin = AdminClient.create(settings)) {
            for (String topic : List.of(Topics.INTAKE, Topics.INVESTIGATION, Topics.VICTIM_ASSISTANCE)) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Cannot create topic " + topic, e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("Kafka did not create the topics in time", e);
        }
    }
}
