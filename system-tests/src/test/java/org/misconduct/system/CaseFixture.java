package org.misconduct.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.misconduct.system.RunningSystem.Service.INTAKE;
import static org.misconduct.system.RunningSystem.Service.INVESTIGATION;
import static org.misconduct.system.RunningSystem.Service.REPORTING;
import static org.misconduct.system.RunningSystem.Service.VICTIM_ASSISTANCE;

import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.misconduct.system.RunningSystem.Response;

/**
 * A case about personnel of one Member State, investigated by OIOS or by the state, taken as far as every kind of path
 * variable has a real value:
 * the allegation and case, an evidence item, an interim measure, a victim with a referral, a Council report figure.
 */
final class CaseFixture {

    /** The development users who investigate for each Member State; OIOS's investigator works every other case. */
    private static final Map<String, String> NATIONAL_INVESTIGATORS = Map.of("XAA", "investigator.nio", "XAB", "investigator.nio.xab");

    private final RunningSystem system;
    private final String nationality;
    private final String investigatingEntity;
    private final Map<String, String> pathVariables = new HashMap<>();

    private CaseFixture(RunningSystem system, String nationality, String investigatingEntity) {
        this.system = system;
        this.nationality = nationality;
        this.investigatingEntity = investigatingEntity;
    }

    /** A case OIOS investigates. */
    static CaseFixture create(RunningSystem system, String nationality) {
        return create(system, nationality, "OIOS");
    }

    static CaseFixture create(RunningSystem system, String nationality, String investigatingEntity) {
        CaseFixture fixture = new CaseFixture(system, nationality, investigatingEntity);
        fixture.build();
        return fixture;
    }

    /** Who establishes the facts of this case: OIOS's investigator, or the Member State's own. */
    String investigator() {
        return "OIOS".equals(investigatingEntity) ? "investigator.oios" : NATIONAL_INVESTIGATORS.get(nationality);
    }

    String caseReference() {
        return pathVariables.get("caseReference");
    }

    String evidenceId() {
        return pathVariables.get("evidenceId");
    }

    String victimId() {
        return pathVariables.get("victimId");
    }

    /** The path with every {@code {variable}} replaced by this fixture's value for it. */
    String expand(String pathTemplate) {
        String path = pathTemplate;
        int open;
        while ((open = path.indexOf('{')) >= 0) {
            int close = path.indexOf('}', open);
            String variable = path.substring(open + 1, close);
            String value = pathVariables.get(variable);
            if (value == null) {
                throw new AssertionError("No value for path variable {" + variable + "} of " + pathTemplate
                        + ": give the case fixture one");
            }
            path = path.substring(0, open) + value + path.substring(close + 1);
        }
        return path;
    }

    private void build() {
        String contingent = nationality + "-BATT-7";
        Response receipt = system.post(INTAKE, "/api/v1/complaints", null, """
                {"mission":"MINUSCA","description":"A soldier of the battalion demanded sex for food.",
                 "language":"fr","personnelCategory":"MC","allegedNationality":"%s","victimCount":1,"minorInvolved":false}"""
                .formatted(nationality));
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        String caseReference = receipt.json().get("caseReference").asText();
        pathVariables.put("caseReference", caseReference);
        succeeded(system.post(INTAKE, "/api/v1/allegations/" + caseReference + "/assessment", "intake.officer", """
                {"allegationType":"SE","seaCategory":"TRANSACTIONAL_SEX","personnelCategory":"MC","nationality":"%s",
                 "contingentUnit":"%s","victimCount":1,"minorInvolved":false,"priority":"URGENT"}"""
                .formatted(nationality, contingent)));
        succeeded(system.post(INTAKE, "/api/v1/allegations/" + caseReference + "/referral", "intake.officer",
                "{\"investigatingEntity\":\"%s\"}".formatted(investigatingEntity)));
        eventually("case " + caseReference + " opened", () -> system.get(INVESTIGATION, "/api/v1/cases/" + caseReference,
                "investigator.oios"), response -> response.status() == 200);

        String cases = "/api/v1/cases/" + caseReference;
        pathVariables.put("evidenceId", succeeded(system.post(INVESTIGATION, cases + "/evidence", investigator(), """
                {"kind":"DOCUMENT","description":"Distribution list of the food aid","sha256":"%s",
                 "collectedAt":"2026-11-20T09:00:00Z","collectedBy":"%s"}""".formatted("cd".repeat(32), investigator())))
                .json().get("evidenceId").asText());
        pathVariables.put("measureId", succeeded(system.post(INVESTIGATION, cases + "/interim-measures", "conduct.officer",
                "{\"kind\":\"PAYMENT_SUSPENSION\",\"amount\":1000,\"currency\":\"USD\"}")).json().get("measureId").asText());
        pathVariables.put("subjectId", succeeded(system.post(INVESTIGATION, cases + "/subjects", investigator(), """
                {"personnelCategory":"MC","nationality":"%s","contingentUnit":"%s","rank":"Sergeant",
                 "identifiers":{"fullName":"Matrix Subject","dateOfBirth":"1985-05-05","serviceNumber":"%s-SN"}}"""
                .formatted(nationality, contingent, caseReference))).json().get("subjectId").asText());
        // No file is stored for the matrix: an unknown one answers 404, which is past authorization as "ok" asks.
        pathVariables.put("attachmentId", UUID.randomUUID().toString());
        pathVariables.put("fileId", UUID.randomUUID().toString());
        pathVariables.put("clock", "investigation");
        pathVariables.put("authority", "HOST_STATE");
        pathVariables.put("contingentId", contingent);

        String victimId = eventually("victim registered against " + caseReference,
                () -> system.post(VICTIM_ASSISTANCE, "/api/v1/victims", "victim.officer", """
                        {"caseReference":"%s","ageGroup":"ADULT","sex":"FEMALE","consent":{"shareWithInvestigators":true}}"""
                        .formatted(caseReference)),
                response -> response.status() == 201).json().get("victimId").asText();
        pathVariables.put("victimId", victimId);
        String needId = succeeded(system.post(VICTIM_ASSISTANCE, "/api/v1/victims/" + victimId + "/needs", "victim.officer",
                "{\"kind\":\"MEDICAL\"}")).json().get("needId").asText();
        pathVariables.put("referralId", succeeded(system.post(VICTIM_ASSISTANCE, "/api/v1/victims/" + victimId + "/referrals",
                "victim.officer", "{\"need\":\"%s\",\"provider\":\"Hôpital communautaire\"}".formatted(needId)))
                .json().get("referralId").asText());

        String year = Year.now(ZoneOffset.UTC).toString();
        pathVariables.put("year", year);
        // Operations: a letter and a projection nobody has, so an admin's call changes nothing.
        pathVariables.put("id", "processor:no-such-letter");
        pathVariables.put("name", "no-such-projection");
        // A bulk screening nobody asked for: its own officer would get 404, as anyone not its officer does.
        pathVariables.put("jobId", "00000000-0000-0000-0000-000000000000");
        Response report = succeeded(system.get(REPORTING, "/api/v1/council-reports/" + year, "conduct.officer"));
        pathVariables.put("figure", report.json().findValuesAsText("id").get(0));
    }

    private static Response succeeded(Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 299);
        return response;
    }

    private static Response eventually(String what, Supplier<Response> call, Predicate<Response> done) {
        return Polling.eventually(what, call, done, Duration.ofSeconds(60));
    }
}
