package org.misconduct.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.misconduct.system.RunningSystem.Service.INTAKE;
import static org.misconduct.system.RunningSystem.Service.INVESTIGATION;
import static org.misconduct.system.RunningSystem.Service.REPORTING;
import static org.misconduct.system.RunningSystem.Service.VICTIM_ASSISTANCE;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misconduct.system.RunningSystem.Response;

/**
 * One complaint travels through all four services with real Keycloak tokens, Kafka and PostgreSQL,
 * and a referral made while Kafka is down still reaches the investigators, once.
 */
class WalkingSkeletonSystemIT {

    private static final Duration OUTAGE = Duration.ofSeconds(15);
    private static RunningSystem system;

    @BeforeAll
    static void startSystem() {
        system = RunningSystem.shared();
    }

    @Test
    void aComplaintTravelsFromIntakeToTheInvestigationQueueVictimAssistanceAndThePublicReport() {
        String caseReference = submitComplaint("XAA");
        assessAndRefer(caseReference, "XAA");

        JsonNode queued = awaitInQueue(caseReference, "investigator.oios", Duration.ofSeconds(60));
        assertThat(queued.get("priority").asText()).isEqualTo("URGENT");
        assertThat(queued.get("clocks").findValuesAsText("name")).contains("evidence-preservation", "investigation");
        assertThat(system.get(INVESTIGATION, "/api/v1/cases/queue", "investigator.nio").body())
                .as("a national investigation officer of XAA sees the XAA case").contains(caseReference);

        Response victim = eventually("victim registered against " + caseReference,
                () -> system.post(VICTIM_ASSISTANCE, "/api/v1/victims", "victim.officer", """
                        {"caseReference":"%s","ageGroup":"ADULT","sex":"FEMALE",
                         "personalData":{"name":"Test Person","contact":"+000 0000","location":"Sector 5"},
                         "consent":{"shareWithInvestigators":false}}""".formatted(caseReference)),
                response -> response.status() == 201, Duration.ofSeconds(30));
        assertThat(victim.json().get("victimId").asText()).isNotBlank();

        Response summary = eventually("the case under investigation and its victim in the public summary",
                () -> system.get(REPORTING, "/api/v1/public/summary", null),
                response -> response.status() == 200 && response.json().get("underInvestigation").asInt() >= 1
                        && response.json().get("victims").asInt() >= 1,
                Duration.ofSeconds(30));
        assertThat(summary.json().get("byMission").get("MINUSCA").asInt()).isPositive();
        assertThat(system.get(REPORTING, "/api/v1/public/allegations", null).body()).contains("XAA").doesNotContain("food");
        assertThat(summary.body()).doesNotContain("Test Person", "food");
    }

    @Test
    void aFindingReachesTheComplainantThePublicTableAndTheCouncilReport() {
        Response receipt = system.post(INTAKE, "/api/v1/complaints", null, """
                {"mission":"MONUSCO","description":"A police officer of the unit abused a girl near the market.",
                 "language":"sw","personnelCategory":"FPU","allegedNationality":"XAC","victimCount":1,"minorInvolved":true}""");
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        String caseReference = receipt.json().get("caseReference").asText();
        String followUpCode = receipt.json().get("followUpCode").asText();
        Response assessed = system.post(INTAKE, "/api/v1/allegations/" + caseReference + "/assessment", "intake.officer", """
                {"allegationType":"SA","seaCategory":"SEXUAL_ACTIVITY_WITH_MINOR","personnelCategory":"FPU","nationality":"XAC",
                 "contingentUnit":"XAC-FPU-2","victimCount":1,"minorInvolved":true,"priority":"URGENT"}""");
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
        assertThat(system.post(INTAKE, "/api/v1/allegations/" + caseReference + "/referral", "intake.officer",
                "{\"investigatingEntity\":\"OIOS\"}").status()).isEqualTo(200);
        awaitInQueue(caseReference, "investigator.oios", Duration.ofSeconds(60));
        awaitFollowUpStatus(caseReference, followUpCode, "UNDER_INVESTIGATION");

        String cases = "/api/v1/cases/" + caseReference;
        Response evidence = system.post(INVESTIGATION, cases + "/evidence", "investigator.oios", """
                {"kind":"TESTIMONY","description":"Recorded interview","sha256":"%s",
                 "collectedAt":"2026-11-20T09:00:00Z","collectedBy":"investigator.oios"}""".formatted("ab".repeat(32)));
        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(201);
        assertThat(system.post(INVESTIGATION, cases + "/evidence-preserved", "investigator.oios", "{}").status()).isLessThan(300);
        Response finding = system.post(INVESTIGATION, cases + "/findings", "investigator.oios",
                "{\"finding\":\"SUBSTANTIATED\",\"summary\":\"The testimony was corroborated.\"}");
        assertThat(finding.status()).as(finding.toString()).isLessThan(300);

        awaitFollowUpStatus(caseReference, followUpCode, "SUBSTANTIATED");
        Response row = eventually("the substantiated allegation in the public table",
                () -> system.get(REPORTING, "/api/v1/public/allegations?year=all&nationality=XAC", null),
                response -> response.status() == 200 && response.body().contains("\"finding\":\"SUBSTANTIATED\""),
                Duration.ofSeconds(30));
        assertThat(row.body()).doesNotContain(caseReference, "market", "corroborated");
        Response report = system.get(REPORTING, "/api/v1/council-reports/" + java.time.Year.now(java.time.ZoneOffset.UTC),
                "conduct.officer");
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.body()).doesNotContain("market", "corroborated");
    }

    @Test
    void anAnonymousComplaintsNationalityIsNeverPublicAndAClosureAsNotUnPersonnelWithdrawsItsRow() {
        Response receipt = system.post(INTAKE, "/api/v1/complaints", null, """
                {"mission":"UNMISS","description":"A soldier at the base asked for sex in exchange for water.",
                 "personnelCategory":"MC","allegedNationality":"XAD","victimCount":1,"minorInvolved":false}""");
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        String caseReference = receipt.json().get("caseReference").asText();
        String year = caseReference.substring("ALG-".length(), "ALG-".length() + 4);
        eventually("the complaint received by reporting (the Council report counts it)",
                () -> system.get(REPORTING, "/api/v1/council-reports/" + year + "/figures/allegations/cases", "conduct.officer"),
                response -> response.status() == 200 && response.body().contains(caseReference), Duration.ofSeconds(30));
        assertNotPublic("XAD");
        assertThat(system.get(REPORTING, "/api/v1/public/allegations?year=all&nationality=XAD", null).json()).isEmpty();

        Response assessed = system.post(INTAKE, "/api/v1/allegations/" + caseReference + "/assessment", "intake.officer", """
                {"allegationType":"SE","seaCategory":"TRANSACTIONAL_SEX","personnelCategory":"MC","nationality":"XAE",
                 "victimCount":1,"minorInvolved":false,"priority":"NORMAL"}""");
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
        eventually("the assessed allegation public with the assessment's nationality",
                () -> system.get(REPORTING, "/api/v1/public/allegations?year=all&nationality=XAE", null),
                response -> response.status() == 200 && response.json().size() == 1, Duration.ofSeconds(30));
        assertNotPublic("XAD");
        long closedBefore = system.get(REPORTING, "/api/v1/public/summary?year=all", null).json().get("closedAtIntake").asLong();

        Response closed = system.post(INTAKE, "/api/v1/allegations/" + caseReference + "/closure", "intake.officer",
                "{\"reason\":\"NOT_UN_PERSONNEL\",\"note\":\"The unit belongs to a national force.\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        eventually("the row withdrawn",
                () -> system.get(REPORTING, "/api/v1/public/allegations?year=all&nationality=XAE", null),
                response -> response.status() == 200 && response.json().isEmpty(), Duration.ofSeconds(30));
        // The figures read before the closure may be up to their maximum age old, so they may miss an earlier closure.
        eventually("the closure counted as closed at intake",
                () -> system.get(REPORTING, "/api/v1/public/summary?year=all", null),
                response -> response.status() == 200 && response.json().get("closedAtIntake").asLong() >= closedBefore + 1,
                Duration.ofSeconds(30));
        assertNotPublic("XAD");
    }

    private static void assertNotPublic(String nationality) {
        for (String path : List.of("/api/v1/public/allegations?year=all", "/api/v1/public/allegations?year=all&format=csv",
                "/api/v1/public/summary?year=all", "/?year=all")) {
            Response response = system.get(REPORTING, path, null);
            assertThat(response.status()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).doesNotContain(nationality);
        }
    }

    @Test
    void staffEndpointsAnswer401WithoutATokenAnd403WithTheWrongRole() {
        assertThat(system.get(INTAKE, "/api/v1/allegations", null).status()).isEqualTo(401);
        assertThat(system.get(INTAKE, "/api/v1/allegations", "investigator.oios").status()).isEqualTo(403);
        assertThat(system.get(INTAKE, "/api/v1/allegations", "intake.officer").status()).isEqualTo(200);
        assertThat(system.get(INVESTIGATION, "/api/v1/cases/queue", null).status()).isEqualTo(401);
        assertThat(system.get(INVESTIGATION, "/api/v1/cases/queue", "intake.officer").status()).isEqualTo(403);
        assertThat(system.get(VICTIM_ASSISTANCE, "/api/v1/victims?caseReference=ALG-2026-000001", "investigator.oios").status())
                .isEqualTo(403);
        assertThat(system.get(REPORTING, "/api/v1/council-reports/2026", null).status()).isEqualTo(401);
        assertThat(system.get(REPORTING, "/api/v1/council-reports/2026", "intake.officer").status()).isEqualTo(403);
    }

    @Test
    void aReferralMadeWhileKafkaIsDownReachesTheQueueOnceKafkaIsBack() {
        system.kafka().stop();
        String caseReference;
        try {
            caseReference = submitComplaint("XAB");
            assessAndRefer(caseReference, "XAB");
            // Longer than the producer's delivery timeout, so publication has to retry rather than just wait.
            String referred = caseReference;
            await("no case while Kafka is down").during(OUTAGE).atMost(OUTAGE.plusSeconds(30)).until(() ->
                    !system.get(INVESTIGATION, "/api/v1/cases/queue", "investigator.oios").body().contains(referred));
        } finally {
            system.kafka().start();
        }

        long restartedAt = System.nanoTime();
        awaitInQueue(caseReference, "investigator.oios", Duration.ofSeconds(30));
        System.out.printf("Case %s reached the queue %d ms after Kafka came back%n",
                caseReference, (System.nanoTime() - restartedAt) / 1_000_000);
        JsonNode queue = system.get(INVESTIGATION, "/api/v1/cases/queue", "investigator.oios").json();
        long copies = 0;
        for (JsonNode item : queue) {
            if (caseReference.equals(item.get("caseReference").asText())) {
                copies++;
            }
        }
        assertThat(copies).as("cases opened for " + caseReference).isEqualTo(1);
        assertThat(system.get(INVESTIGATION, "/api/v1/cases/queue", "investigator.nio").body())
                .as("a national investigation officer of XAA does not see an XAB case").doesNotContain(caseReference);
    }

    private static String submitComplaint(String nationality) {
        Response receipt = system.post(INTAKE, "/api/v1/complaints", null, """
                {"mission":"MINUSCA","description":"A peacekeeper offered food in exchange for sex near the camp.",
                 "language":"fr","personnelCategory":"MC","allegedNationality":"%s","victimCount":1,"minorInvolved":false}"""
                .formatted(nationality));
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        assertThat(receipt.json().get("followUpCode").asText()).isNotBlank();
        return receipt.json().get("caseReference").asText();
    }

    private static void awaitFollowUpStatus(String caseReference, String followUpCode, String status) {
        eventually("the complainant sees " + status,
                () -> system.get(INTAKE, "/api/v1/complaints/" + caseReference, "Follow-Up-Code", followUpCode),
                response -> response.status() == 200 && status.equals(response.json().get("status").asText()),
                Duration.ofSeconds(60));
    }

    private static void assessAndRefer(String caseReference, String nationality) {
        Response assessed = system.post(INTAKE, "/api/v1/allegations/" + caseReference + "/assessment", "intake.officer", """
                {"allegationType":"SE","seaCategory":"TRANSACTIONAL_SEX","personnelCategory":"MC","nationality":"%s",
                 "contingentUnit":"%s-BATT-1","victimCount":1,"minorInvolved":false,"priority":"URGENT"}"""
                .formatted(nationality, nationality));
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
        Response referred = system.post(INTAKE, "/api/v1/allegations/" + caseReference + "/referral", "intake.officer",
                "{\"investigatingEntity\":\"OIOS\"}");
        assertThat(referred.status()).as(referred.toString()).isEqualTo(200);
    }

    /**
     * Waits for the case to show in the queue with its investigation clock, which every case has and which starts
     * after the evidence clock: the queue projects the case and each clock from separate events, so for a moment a new
     * case can be listed before its clocks are.
     */
    private static JsonNode awaitInQueue(String caseReference, String investigator, Duration within) {
        Response queue = eventually("case " + caseReference + " in the investigation queue with its clocks",
                () -> system.get(INVESTIGATION, "/api/v1/cases/queue", investigator),
                response -> response.status() == 200 && queueItem(response, caseReference)
                        .map(item -> item.get("clocks").findValuesAsText("name").contains("investigation")).orElse(false),
                within);
        return queueItem(queue, caseReference).orElseThrow();
    }

    private static Optional<JsonNode> queueItem(Response queue, String caseReference) {
        for (JsonNode item : queue.json()) {
            if (caseReference.equals(item.get("caseReference").asText())) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    private static Response eventually(String what, Supplier<Response> call, Predicate<Response> done, Duration within) {
        return Polling.eventually(what, call, done, within);
    }
}
