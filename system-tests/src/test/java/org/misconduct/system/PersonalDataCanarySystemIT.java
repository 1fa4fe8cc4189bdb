package org.misconduct.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.misconduct.system.RunningSystem.Service.INTAKE;
import static org.misconduct.system.RunningSystem.Service.INVESTIGATION;
import static org.misconduct.system.RunningSystem.Service.REPORTING;
import static org.misconduct.system.RunningSystem.Service.VICTIM_ASSISTANCE;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.system.RunningSystem.Response;
import org.misconduct.system.RunningSystem.Service;
import org.misconduct.testinfra.TopicRecords;

/**
 * Personal data typed into any input of the system, by the public or by staff, is found in plain text
 * nowhere: not on Kafka, not in what reporting shows the public or the Council, not in any database
 * table of any service, not in any log. What the services keep, they keep sealed, and only the
 * deployment's key-encryption key with the person's wrapped key opens it.
 *
 * <p>Staff usernames and custodians (assignment, {@code collectedBy}, custody {@code from} and {@code to})
 * are not personal data of complainants or victims and are not planted. Organisation names (the
 * authority of non-UN forces, a victim's assistance provider) may stay in their own service but
 * must not leave it.
 */
class PersonalDataCanarySystemIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String INVESTIGATOR = "investigator.oios";
    private static final String INTAKE_OFFICER = "intake.officer";
    private static final String VICTIM_OFFICER = "victim.officer";
    private static final String CONDUCT_OFFICER = "conduct.officer";
    private static final String AUDITOR = "auditor";
    private static final String INTAKE_TOPIC = "misconduct.intake.v1";
    private static final String INVESTIGATION_TOPIC = "misconduct.investigation.v1";
    private static final String VICTIM_ASSISTANCE_TOPIC = "misconduct.victim-assistance.v1";
    private static final Duration WITHIN = Duration.ofSeconds(90);

    private static final Canary.Planted planted = new Canary.Planted();
    private static final Map<String, Canary> canary = new LinkedHashMap<>();
    private static final Set<String> usedNationalities = new LinkedHashSet<>();

    private static RunningSystem system;
    /** Complaint by API: assessed, referred, investigated to a SUBSTANTIATED finding and a final action; one victim. */
    private static String apiCase;
    /** Complaint by the web form: referred, NOT_SUBSTANTIATED without evidence (with the reason why). */
    private static String webCase;
    /** Complaint by API, assessed, then closed by intake with a note. */
    private static String closedCase;
    /** Complaint by API against non-UN forces, notified to their authority. */
    private static String nonUnCase;
    private static String victimId;

    @BeforeAll
    static void plantCanariesThroughEveryInputAndRunTheFlowToItsEnd() {
        system = RunningSystem.shared();
        String apiNationality = nationality();
        String webNationality = nationality();
        String closedNationality = nationality();

        // The public, by API: a complaint with every free-text field, then a follow-up message.
        plant("intakeApiDescription", planted.narrative("intake API complaint: description",
                "A soldier took a girl to the %s checkpoint at night."));
        plant("intakeApiLocation", planted.narrative("intake API complaint: location", "Behind the school of %s"));
        plant("intakeApiName", planted.name("intake API complaint: complainant.name"));
        plant("intakeApiContact", planted.phone("intake API complaint: complainant.contact"));
        Response receipt = system.post(INTAKE, "/api/v1/complaints", null, """
                {"mission":"MINUSCA","description":"%s","language":"fr","location":"%s","personnelCategory":"MC",
                 "allegedNationality":"%s","victimCount":1,"minorInvolved":false,
                 "complainant":{"name":"%s","contact":"%s","isVictim":false}}""".formatted(
                value("intakeApiDescription"), value("intakeApiLocation"), apiNationality,
                value("intakeApiName"), value("intakeApiContact")));
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        apiCase = receipt.json().get("caseReference").asText();
        String apiFollowUpCode = receipt.json().get("followUpCode").asText();

        plant("intakeApiFollowUp", planted.narrative("intake API follow-up message: text",
                "I remember now, his friend %s was there too."));
        HttpResponse<String> message = system.exchange(HttpRequest.newBuilder(uri(INTAKE, "/api/v1/complaints/" + apiCase + "/messages"))
                .header("Follow-Up-Code", apiFollowUpCode).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"" + value("intakeApiFollowUp") + "\"}")).build());
        assertThat(message.statusCode()).as(message.body()).isEqualTo(201);

        // The public, by the web form: a complaint, then a message from the case page.
        plant("intakeWebDescription", planted.narrative("intake web form complaint: description",
                "An officer asked my sister for money near the %s market."));
        plant("intakeWebLocation", planted.narrative("intake web form complaint: location", "Quarter %s, third house"));
        plant("intakeWebName", planted.name("intake web form complaint: name"));
        plant("intakeWebContact", planted.phone("intake web form complaint: contact"));
        HttpResponse<String> page = postForm(INTAKE, "/complaints", form(
                "lang", "en", "formToken", UUID.randomUUID().toString(), "mission", "MONUSCO",
                "description", value("intakeWebDescription"), "incidentDate", "", "location", value("intakeWebLocation"),
                "personnelCategory", "MO", "allegedNationality", webNationality, "victimCount", "1", "minorInvolved", "no",
                "name", value("intakeWebName"), "contact", value("intakeWebContact"), "isVictim", "yes"));
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        webCase = textOf(page.body(), "case-reference");
        String webFollowUpCode = textOf(page.body(), "follow-up-code");

        plant("intakeWebFollowUp", planted.narrative("intake web form follow-up message: text",
                "Please call me after six, ask for %s."));
        HttpResponse<String> casePage = postForm(INTAKE, "/follow-up", form(
                "lang", "en", "caseReference", webCase, "followUpCode", webFollowUpCode));
        assertThat(casePage.statusCode()).as(casePage.body()).isEqualTo(200);
        HttpResponse<String> sent = postForm(INTAKE, "/follow-up/messages", form(
                "lang", "en", "caseReference", webCase, "followUpCode", webFollowUpCode, "text", value("intakeWebFollowUp")));
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body()).as("the complainant sees their own message").contains(value("intakeWebFollowUp"));

        // Intake staff: a reply, a closure note on another allegation, the authority of non-UN forces.
        plant("intakeReply", planted.narrative("intake staff reply to the complainant: text",
                "Thank you, we will meet you at %s as you asked."));
        Response reply = system.post(INTAKE, "/api/v1/allegations/" + apiCase + "/messages", INTAKE_OFFICER,
                "{\"text\":\"" + value("intakeReply") + "\"}");
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        Response followUp = system.get(INTAKE, "/api/v1/complaints/" + apiCase, "Follow-Up-Code", apiFollowUpCode);
        assertThat(followUp.body()).as("the complainant reads the reply and their message")
                .contains(value("intakeReply"), value("intakeApiFollowUp"));

        closedCase = submit("""
                {"mission":"UNMISS","description":"Someone said something happened, nothing more is known.",
                 "personnelCategory":"FPU","allegedNationality":"%s"}""".formatted(closedNationality));
        plant("intakeClosureNote", planted.narrative("intake staff closure: note",
                "The caller %s could not be reached again."));
        // Assessed first: only an assessed allegation has a public row.
        Response closedAssessed = system.post(INTAKE, "/api/v1/allegations/" + closedCase + "/assessment", INTAKE_OFFICER, """
                {"allegationType":"OTHER_MISCONDUCT","personnelCategory":"FPU","nationality":"%s","victimCount":1,
                 "minorInvolved":false,"priority":"NORMAL"}""".formatted(closedNationality));
        assertThat(closedAssessed.status()).as(closedAssessed.toString()).isEqualTo(200);
        Response closed = system.post(INTAKE, "/api/v1/allegations/" + closedCase + "/closure", INTAKE_OFFICER,
                "{\"reason\":\"INSUFFICIENT_INFORMATION\",\"note\":\"" + value("intakeClosureNote") + "\"}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);

        nonUnCase = submit("""
                {"mission":"MINUSMA","description":"Soldiers of a regional force abused villagers.","personnelCategory":"NON_UN"}""");
        plant("intakeNonUnAuthority", planted.organisation("intake staff non-UN notification: authority", INTAKE));
        Response notified = system.post(INTAKE, "/api/v1/allegations/" + nonUnCase + "/non-un-notification", INTAKE_OFFICER,
                "{\"authority\":\"" + value("intakeNonUnAuthority") + "\"}");
        assertThat(notified.status()).as(notified.toString()).isEqualTo(200);

        // Both investigated complaints go to investigation.
        assess(apiCase, """
                {"allegationType":"SA","seaCategory":"SEXUAL_ASSAULT","personnelCategory":"MC","nationality":"%s",
                 "contingentUnit":"%s-BATT-1","victimCount":1,"minorInvolved":false,"priority":"URGENT"}"""
                .formatted(apiNationality, apiNationality));
        assess(webCase, """
                {"allegationType":"OTHER_MISCONDUCT","personnelCategory":"MO","nationality":"%s","victimCount":1,
                 "minorInvolved":false,"priority":"NORMAL"}""".formatted(webNationality));
        awaitInQueue(apiCase);
        awaitInQueue(webCase);

        // Investigation staff, on the API complaint's case.
        String cases = "/api/v1/cases/" + apiCase;
        Instant now = Instant.now();
        String sha256 = "cd".repeat(32);
        plant("investigationEvidence", planted.narrative("investigation evidence: description",
                "Statement of the witness %s about the night at the checkpoint."));
        Response evidence = system.post(INVESTIGATION, cases + "/evidence", INVESTIGATOR, """
                {"kind":"TESTIMONY","description":"%s","sha256":"%s","collectedAt":"%s","collectedBy":"%s"}"""
                .formatted(value("investigationEvidence"), sha256, now.minus(2, ChronoUnit.HOURS), INVESTIGATOR));
        assertThat(evidence.status()).as(evidence.toString()).isEqualTo(201);
        String evidenceId = evidence.json().get("evidenceId").asText();
        plant("investigationCustodyPurpose", planted.narrative("investigation custody transfer: purpose",
                "Handed over for the interview of %s."));
        expectSuccess(system.post(INVESTIGATION, cases + "/evidence/" + evidenceId + "/custody-transfers", INVESTIGATOR, """
                {"from":"%s","to":"evidence.custodian","at":"%s","purpose":"%s","sha256":"%s"}"""
                .formatted(INVESTIGATOR, now.minus(1, ChronoUnit.HOURS), value("investigationCustodyPurpose"), sha256)));
        plant("investigationExtensionReason", planted.narrative("investigation clock extension: reason",
                "The victim %s is in hospital and cannot be heard yet."));
        expectSuccess(system.post(INVESTIGATION, cases + "/clocks/investigation/extension", INVESTIGATOR,
                "{\"by\":\"P10D\",\"reason\":\"" + value("investigationExtensionReason") + "\"}"));
        expectSuccess(system.post(INVESTIGATION, cases + "/evidence-preserved", INVESTIGATOR, "{}"));
        plant("investigationFindingSummary", planted.narrative("investigation SUBSTANTIATED finding: summary",
                "The testimony of %s was corroborated by two witnesses."));
        expectSuccess(system.post(INVESTIGATION, cases + "/findings", INVESTIGATOR,
                "{\"finding\":\"SUBSTANTIATED\",\"summary\":\"" + value("investigationFindingSummary") + "\"}"));
        plant("investigationActionDetail", planted.narrative("investigation disciplinary action: detail",
                "Repatriated after the hearing with %s."));
        expectSuccess(system.post(INVESTIGATION, cases + "/actions", "conduct.officer",
                "{\"kind\":\"REPATRIATION\",\"by\":\"MEMBER_STATE\",\"detail\":\"" + value("investigationActionDetail") + "\"}"));
        assertThat(system.get(INVESTIGATION, cases + "/evidence", INVESTIGATOR).body())
                .as("investigators read the evidence they recorded").contains(value("investigationEvidence"));

        // Investigation staff, on the web complaint's case: no evidence, so the finding records why.
        plant("investigationFindingSummaryNoEvidence", planted.narrative("investigation NOT_SUBSTANTIATED finding: summary",
                "Nobody but %s remembered the event."));
        plant("investigationNoEvidenceReason", planted.narrative("investigation finding: noEvidenceReason",
                "The only witness, %s, left the country."));
        expectSuccess(system.post(INVESTIGATION, "/api/v1/cases/" + webCase + "/findings", INVESTIGATOR,
                "{\"finding\":\"NOT_SUBSTANTIATED\",\"summary\":\"%s\",\"noEvidenceReason\":\"%s\"}".formatted(
                        value("investigationFindingSummaryNoEvidence"), value("investigationNoEvidenceReason"))));

        // Victim assistance: registration with personal data, needs, referrals (one declined, one delivered), a claim.
        plant("victimName", planted.name("victim registration: personalData.name"));
        plant("victimContact", planted.phone("victim registration: personalData.contact"));
        plant("victimLocation", planted.narrative("victim registration: personalData.location", "Lives with her aunt in %s"));
        Response victim = eventually("the victim registered against " + apiCase,
                () -> system.post(VICTIM_ASSISTANCE, "/api/v1/victims", VICTIM_OFFICER, """
                        {"caseReference":"%s","ageGroup":"ADULT","sex":"FEMALE",
                         "personalData":{"name":"%s","contact":"%s","location":"%s"},
                         "consent":{"shareWithInvestigators":true}}""".formatted(apiCase, value("victimName"),
                        value("victimContact"), value("victimLocation"))),
                response -> response.status() == 201);
        victimId = victim.json().get("victimId").asText();
        String victims = "/api/v1/victims/" + victimId;
        plant("victimProvider", planted.organisation("victim assistance referral: provider", VICTIM_ASSISTANCE));
        referAndClose(victims, "MEDICAL", "/declined", "{\"reason\":\"PROVIDER_UNAVAILABLE\"}");
        referAndClose(victims, "PSYCHOSOCIAL", "/delivered", "{}");
        expectSuccess(system.post(VICTIM_ASSISTANCE, victims + "/paternity-claims", VICTIM_OFFICER, "{\"status\":\"FILED\"}"));
        expectSuccess(system.post(VICTIM_ASSISTANCE, victims + "/paternity-claims", VICTIM_OFFICER, "{\"status\":\"UNDER_REVIEW\"}"));
        // The victim's view is a read model: it follows the registration shortly after.
        assertThat(eventually("the victim's view", () -> system.get(VICTIM_ASSISTANCE, victims, VICTIM_OFFICER),
                response -> response.status() == 200).body())
                .as("victim assistance officers read the victim's name").contains(value("victimName"));

        // Reporting has projected all of it.
        eventually("the substantiated allegation with its victim, final action and paternity claim in the public table",
                () -> system.get(REPORTING, "/api/v1/public/allegations?year=all&nationality=" + apiNationality, null),
                response -> response.status() == 200 && response.body().contains("\"finding\":\"SUBSTANTIATED\"")
                        && response.body().contains("\"victims\":1") && response.body().contains("REPATRIATION")
                        && response.body().contains("UNDER_REVIEW"));
        eventually("the allegation found not substantiated in the public table",
                () -> system.get(REPORTING, "/api/v1/public/allegations?year=all&nationality=" + webNationality, null),
                response -> response.status() == 200 && response.body().contains("\"finding\":\"NOT_SUBSTANTIATED\""));
        eventually("the closed allegation in the public table",
                () -> system.get(REPORTING, "/api/v1/public/allegations?year=all&nationality=" + closedNationality, null),
                response -> response.status() == 200 && response.body().contains("\"status\":\"CLOSED\""));
        assertThat(TopicRecords.withKey(INTAKE_TOPIC, nonUnCase, 2, WITHIN)).as("registration and notification of " + nonUnCase)
                .hasSize(2);
        assertThat(TopicRecords.withKey(VICTIM_ASSISTANCE_TOPIC, apiCase, 4, WITHIN))
                .as("victim registered, consent, assistance delivered and the claim's statuses of " + apiCase).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void noCanaryIsOnAnyKafkaTopic() {
        List<String> topics = CanarySearch.topics(system.kafka().bootstrapServers());
        assertThat(topics).contains(INTAKE_TOPIC, INVESTIGATION_TOPIC, VICTIM_ASSISTANCE_TOPIC);
        CanarySearch search = new CanarySearch();
        for (String topic : topics) {
            search.topic(topic, planted.all());
        }
        assertNothingFound(search);
    }

    @Test
    void noCanaryIsInThePublicDisclosure() {
        CanarySearch search = new CanarySearch();
        for (String path : List.of("/api/v1/public/summary", "/api/v1/public/summary?year=all",
                "/api/v1/public/allegations", "/api/v1/public/allegations?year=all",
                "/api/v1/public/allegations?year=all&format=csv")) {
            search.body("GET " + path, served(REPORTING, path, null, "*/*"), planted.all());
        }
        search.body("GET /api/v1/public/allegations?year=all (Accept: text/csv)",
                served(REPORTING, "/api/v1/public/allegations?year=all", null, "text/csv"), planted.all());
        for (String path : List.of("/", "/?year=all", "/?lang=fr&year=all")) {
            search.body("GET " + path, served(REPORTING, path, null, "text/html"), planted.all());
        }
        assertNothingFound(search);
    }

    @Test
    void noCanaryIsInTheCouncilReportItsPrintablePageOrTheCasesBehindItsFigures() {
        int year = Year.now(ZoneOffset.UTC).getValue();
        CanarySearch search = new CanarySearch();
        String report = served(REPORTING, "/api/v1/council-reports/" + year, CONDUCT_OFFICER, "application/json");
        search.body("GET /api/v1/council-reports/" + year, report, planted.all());
        search.body("GET /council-reports/" + year + " (HTML)",
                served(REPORTING, "/council-reports/" + year, CONDUCT_OFFICER, "text/html"), planted.all());
        search.body("GET /api/v1/council-reports/" + year + " (Accept: text/html)",
                served(REPORTING, "/api/v1/council-reports/" + year, CONDUCT_OFFICER, "text/html"), planted.all());
        Set<String> figureCases = new LinkedHashSet<>();
        json(report).findValues("cases").forEach(cases -> figureCases.add(cases.asText()));
        assertThat(figureCases).as("the figures' case lists").isNotEmpty();
        for (String path : figureCases) {
            String cases = served(REPORTING, path, CONDUCT_OFFICER, "application/json");
            search.body("GET " + path, cases, planted.all());
        }
        assertThat(served(REPORTING, "/api/v1/council-reports/" + year + "/figures/allegations/cases", CONDUCT_OFFICER,
                "application/json")).as("the figures' case lists name the cases").contains(apiCase);
        assertNothingFound(search);
    }

    @Test
    void noCanaryIsInTheHistoriesAuditorsReadOrWhatInvestigatorsSeeOfOtherServices() {
        CanarySearch search = new CanarySearch();
        for (String caseReference : List.of(apiCase, webCase, closedCase, nonUnCase)) {
            String path = "/api/v1/allegations/" + caseReference + "/history";
            search.body("intake GET " + path + " (auditor)", served(INTAKE, path, AUDITOR, "application/json"), planted.all());
        }
        for (String caseReference : List.of(apiCase, webCase)) {
            String path = "/api/v1/cases/" + caseReference + "/history";
            search.body("investigation GET " + path + " (auditor)", served(INVESTIGATION, path, AUDITOR, "application/json"),
                    planted.all());
        }
        String victimHistory = "/api/v1/victims/" + victimId + "/history";
        search.body("victim assistance GET " + victimHistory + " (auditor)",
                served(VICTIM_ASSISTANCE, victimHistory, AUDITOR, "application/json"), planted.all());
        search.body("investigation GET /api/v1/cases/queue", served(INVESTIGATION, "/api/v1/cases/queue", INVESTIGATOR,
                "application/json"), planted.all());
        // Investigators read their own case's decisions, but nothing complainants or victims told the other services.
        List<Canary> fromOtherServices = canary.entrySet().stream()
                .filter(entry -> !entry.getKey().startsWith("investigation")).map(Map.Entry::getValue).toList();
        for (String caseReference : List.of(apiCase, webCase)) {
            String path = "/api/v1/cases/" + caseReference;
            search.body("investigation GET " + path, served(INVESTIGATION, path, INVESTIGATOR, "application/json"), fromOtherServices);
        }
        assertNothingFound(search);
    }

    @Test
    void noCanaryIsInAnyTableOfTheReportingDatabase() {
        CanarySearch search = new CanarySearch();
        search.database(REPORTING.database, CanarySearch.dataSource(system.database(REPORTING)), planted.all());
        assertNothingFound(search);
    }

    @Test
    void noCanaryIsInAnyServiceLog() {
        CanarySearch search = new CanarySearch();
        for (Service service : Service.values()) {
            search.logFile(system.logFile(service), planted.all());
        }
        assertNothingFound(search);
    }

    /** The services run with JSON logs (LOGGING_STRUCTURED_FORMAT_CONSOLE=ecs); the search above ran over them. */
    @Test
    void everyLineOfEveryServiceLogIsJsonAndEveryEventAConsumerHandledCarriesItsTrace() throws IOException {
        for (Service service : Service.values()) {
            List<String> lines = Files.readAllLines(system.logFile(service), StandardCharsets.UTF_8);
            List<JsonNode> entries = new ArrayList<>();
            for (String line : lines) {
                entries.add(logEntry(service, line));
            }
            List<JsonNode> handled = entries.stream()
                    .filter(entry -> entry.path("message").asText().startsWith("Handling ")).toList();
            assertThat(handled).as(service + " logs the published events it handles").isNotEmpty();
            assertThat(handled).as(service + ": every handled event's line carries the trace it continues")
                    .allSatisfy(entry -> assertThat(entry.path("traceId").asText()).matches("[0-9a-f]{32}"));
        }
    }

    private static JsonNode logEntry(Service service, String line) {
        try {
            JsonNode entry = JSON.readTree(line);
            assertThat(entry.isObject()).as(service + " log line is a JSON object: " + line).isTrue();
            return entry;
        } catch (IOException notJson) {
            throw new AssertionError(service + " log line is not JSON: " + line, notJson);
        }
    }

    @Test
    void noCanaryIsInAnyTableOfIntake() {
        assertNoCanaryInTablesOf(INTAKE);
    }

    @Test
    void noCanaryIsInAnyTableOfInvestigation() {
        assertNoCanaryInTablesOf(INVESTIGATION);
    }

    @Test
    void noCanaryIsInAnyTableOfVictimAssistance() {
        assertNoCanaryInTablesOf(VICTIM_ASSISTANCE);
    }

    @Test
    void theSealedComplaintDescriptionOpensWithIntakesKeysAndTheKeyEncryptionKeyOnly() {
        JsonNode registered = payload(INTAKE, apiCase, "AllegationRegistered");
        String sealed = registered.at("/narrative/description").asText();
        String subject = registered.at("/narrative/subjectId").asText();
        assertThat(subject).as("the narrative is sealed for the case file, not for the complainant").isEqualTo("case-file:" + apiCase);
        assertOpensOnlyWithTheKeyEncryptionKey(INTAKE, subject, sealed, canary.get("intakeApiDescription"));
        String sealedName = registered.at("/complainant/name").asText();
        assertOpensOnlyWithTheKeyEncryptionKey(INTAKE, registered.at("/complainant/subjectId").asText(), sealedName,
                canary.get("intakeApiName"));
    }

    @Test
    void theSealedEvidenceDescriptionOpensWithInvestigationsKeysAndTheKeyEncryptionKeyOnly() {
        String sealed = payload(INVESTIGATION, apiCase, "EvidenceRecorded").get("description").asText();
        assertThat(sealed).as("evidence description in the event store of investigation").startsWith("pd1:");
        String subject = subjectThatOpens(INVESTIGATION, sealed, "case-file:" + apiCase)
                .orElseThrow(() -> new AssertionError("No subject key in database " + INVESTIGATION.database
                        + " opens the sealed evidence description with the key-encryption key"));
        assertOpensOnlyWithTheKeyEncryptionKey(INVESTIGATION, subject, sealed, canary.get("investigationEvidence"));
    }

    @Test
    void theSealedVictimNameOpensWithVictimAssistancesKeysAndTheKeyEncryptionKeyOnly() {
        String sealed = payload(VICTIM_ASSISTANCE, victimId, "VictimRegistered").at("/personalData/name").asText();
        assertOpensOnlyWithTheKeyEncryptionKey(VICTIM_ASSISTANCE, victimId, sealed, canary.get("victimName"));
    }

    private static void assertNoCanaryInTablesOf(Service service) {
        CanarySearch search = new CanarySearch();
        search.database(service.database, CanarySearch.dataSource(system.database(service)), planted.all());
        List<CanarySearch.Finding> leaks = new ArrayList<>();
        for (CanarySearch.Finding finding : search.findings()) {
            if (finding.canary().mayBeReadableIn(service)) {
                // An organisation's name stays in the service that needs it; reported, not a leak.
                System.out.println("Kept by " + service.module + ", as allowed: " + finding);
            } else {
                leaks.add(finding);
            }
        }
        assertThat(leaks).as(() -> CanarySearch.describe(leaks)).isEmpty();
    }

    private static void assertNothingFound(CanarySearch search) {
        List<CanarySearch.Finding> findings = search.findings();
        assertThat(findings).as(() -> CanarySearch.describe(findings)).isEmpty();
    }

    private static void assertOpensOnlyWithTheKeyEncryptionKey(Service service, String subject, String sealed, Canary planted) {
        assertThat(sealed).as(planted.input() + " in the event store of " + service.module).startsWith("pd1:")
                .doesNotContain(planted.needle());
        DataSource database = CanarySearch.dataSource(system.database(service));
        assertThat(PersonalDataVault.over(database, system.keyEncryptionKey()).open(subject, sealed))
                .as("opened with the key-encryption key and the wrapped key of subject " + subject + " in " + service.database)
                .contains(planted.value());
        assertThatThrownBy(() -> PersonalDataVault.over(database, anotherKeyEncryptionKey()).open(subject, sealed))
                .as("another key-encryption key does not open it").isInstanceOf(IllegalStateException.class);
    }

    /** The subject whose wrapped key opens the sealed text: the likely one if it does, else any subject of the database. */
    private static Optional<String> subjectThatOpens(Service service, String sealed, String likelySubject) {
        DataSource database = CanarySearch.dataSource(system.database(service));
        PersonalDataVault vault = PersonalDataVault.over(database, system.keyEncryptionKey());
        List<String> subjects = new ArrayList<>(List.of(likelySubject));
        subjects.addAll(query(database, "SELECT subject_id FROM personal_data_key WHERE wrapped_key IS NOT NULL"));
        for (String subject : subjects) {
            try {
                if (vault.open(subject, sealed).isPresent()) {
                    return Optional.of(subject);
                }
            } catch (IllegalStateException notThisSubject) {
                // AES-GCM binds the text to its subject: another subject's key fails.
            }
        }
        return Optional.empty();
    }

    /** The JSON payload of the aggregate's first event of that type, as stored in the event store. */
    private static JsonNode payload(Service service, String aggregate, String eventType) {
        DataSource database = CanarySearch.dataSource(system.database(service));
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT payload FROM domainevententry "
                     + "WHERE aggregateidentifier = ? AND payloadtype LIKE ? ORDER BY sequencenumber LIMIT 1")) {
            query.setString(1, aggregate);
            query.setString(2, "%." + eventType);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).as(eventType + " of " + aggregate + " in " + service.database + ".domainevententry").isTrue();
                return JSON.readTree(row.getBytes(1));
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> query(DataSource database, String sql) {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection();
             PreparedStatement query = connection.prepareStatement(sql);
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        } catch (SQLException e) {
            // A database without personal-data keys has no subject to offer.
            return List.of();
        }
        return values;
    }

    private static String anotherKeyEncryptionKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** A need of the kind, a referral to the planted provider for it, and what came of the referral. */
    private static void referAndClose(String victims, String need, String outcome, String outcomeBody) {
        expectSuccess(system.post(VICTIM_ASSISTANCE, victims + "/needs", VICTIM_OFFICER, "{\"kind\":\"" + need + "\"}"));
        Response referral = system.post(VICTIM_ASSISTANCE, victims + "/referrals", VICTIM_OFFICER,
                "{\"need\":\"" + need + "\",\"provider\":\"" + value("victimProvider") + "\"}");
        expectSuccess(referral);
        expectSuccess(system.post(VICTIM_ASSISTANCE, victims + "/referrals/" + referral.json().get("referralId").asText() + outcome,
                VICTIM_OFFICER, outcomeBody));
    }

    private static void plant(String name, Canary planted) {
        canary.put(name, planted);
    }

    private static String value(String name) {
        return canary.get(name).value();
    }

    /** A user-assigned nationality code of its own, so the public rows of one allegation can be told apart. */
    private static String nationality() {
        String code;
        do {
            code = "X" + (char) ('D' + RANDOM.nextInt(23)) + (char) ('A' + RANDOM.nextInt(26));
        } while (usedNationalities.contains(code));
        usedNationalities.add(code);
        return code;
    }

    private static String submit(String body) {
        Response receipt = system.post(INTAKE, "/api/v1/complaints", null, body);
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        return receipt.json().get("caseReference").asText();
    }

    private static void assess(String caseReference, String assessment) {
        Response assessed = system.post(INTAKE, "/api/v1/allegations/" + caseReference + "/assessment", INTAKE_OFFICER, assessment);
        assertThat(assessed.status()).as(assessed.toString()).isEqualTo(200);
        Response referred = system.post(INTAKE, "/api/v1/allegations/" + caseReference + "/referral", INTAKE_OFFICER,
                "{\"investigatingEntity\":\"OIOS\"}");
        assertThat(referred.status()).as(referred.toString()).isEqualTo(200);
    }

    private static void awaitInQueue(String caseReference) {
        eventually("case " + caseReference + " in the investigation queue",
                () -> system.get(INVESTIGATION, "/api/v1/cases/queue", INVESTIGATOR),
                response -> response.status() == 200 && response.body().contains(caseReference));
    }

    private static void expectSuccess(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
    }

    private static String served(Service service, String path, String user, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(service, path)).header("Accept", accept).GET();
        if (user != null) {
            request.header("Authorization", "Bearer " + system.token(user));
        }
        HttpResponse<String> response = system.exchange(request.build());
        assertThat(response.statusCode()).as("GET " + path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static HttpResponse<String> postForm(Service service, String path, String body) {
        return system.exchange(HttpRequest.newBuilder(uri(service, path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static String form(String... namesAndValues) {
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            pairs.add(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return pairs.stream().collect(Collectors.joining("&"));
    }

    /** The text of the element with this id on a page. */
    private static String textOf(String page, String id) {
        Matcher matcher = Pattern.compile("id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]+)<").matcher(page);
        assertThat(matcher.find()).as("element " + id + " on the page:\n" + page).isTrue();
        return matcher.group(1).strip();
    }

    private static URI uri(Service service, String path) {
        return URI.create(system.baseUrl(service) + path);
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(body, e);
        }
    }

    private static Response eventually(String what, Supplier<Response> call, Predicate<Response> done) {
        return Polling.eventually(what, call, done, WITHIN);
    }
}
