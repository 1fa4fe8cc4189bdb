package org.misconduct.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.misconduct.system.RunningSystem.Service.INTAKE;
import static org.misconduct.system.RunningSystem.Service.INVESTIGATION;
import static org.misconduct.system.RunningSystem.Service.REPORTING;
import static org.misconduct.system.RunningSystem.Service.VICTIM_ASSISTANCE;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misconduct.system.RunningSystem.Response;

/**
 * A national investigation officer of XAA works XAA cases and finds no trace of an XAB case anywhere: not in the
 * queue, not behind any case address, not through another service.
 */
class AttributeScopingSystemIT {

    private static final String NIO_OF_XAA = "investigator.nio";
    private static final String UNKNOWN_CASE = "ALG-2000-999999";

    private static RunningSystem system;
    private static CaseFixture ownCase;
    private static CaseFixture anotherStatesCase;

    @BeforeAll
    static void createCases() {
        system = RunningSystem.shared();
        ownCase = CaseFixture.create(system, "XAA");
        anotherStatesCase = CaseFixture.create(system, "XAB");
    }

    @Test
    void theNioWorksTheCasesOfTheirOwnState() {
        String own = "/api/v1/cases/" + ownCase.caseReference();

        assertThat(system.get(INVESTIGATION, own, NIO_OF_XAA).status()).isEqualTo(200);
        assertThat(system.get(INVESTIGATION, own + "/evidence", NIO_OF_XAA).body()).contains(ownCase.evidenceId());
        assertThat(system.get(INVESTIGATION, own + "/history", NIO_OF_XAA).status()).isEqualTo(200);
        assertThat(queueOf(NIO_OF_XAA)).contains(ownCase.caseReference());
    }

    @Test
    void anotherStatesCaseAnswersExactlyLikeACaseThatDoesNotExist() {
        for (String suffix : List.of("", "/evidence", "/history")) {
            Response scoped = system.get(INVESTIGATION, "/api/v1/cases/" + anotherStatesCase.caseReference() + suffix, NIO_OF_XAA);
            Response missing = system.get(INVESTIGATION, "/api/v1/cases/" + UNKNOWN_CASE + suffix, NIO_OF_XAA);
            Response seenByOios = system.get(INVESTIGATION, "/api/v1/cases/" + anotherStatesCase.caseReference() + suffix,
                    "investigator.oios");

            assertThat(seenByOios.status()).as("OIOS on " + suffix).isEqualTo(200);
            assertThat(scoped.status()).as("NIO on " + suffix).isEqualTo(404);
            assertThat(withoutReference(scoped)).as("the same answer as for no case at all")
                    .isEqualTo(withoutReference(missing));
        }
        assertThat(queueOf(NIO_OF_XAA)).doesNotContain(anotherStatesCase.caseReference());
        assertThat(queueOf("investigator.oios")).contains(anotherStatesCase.caseReference(), ownCase.caseReference());
    }

    @Test
    void theNioCannotActOnAnotherStatesCaseEvenWithAValidCommand() {
        String cases = "/api/v1/cases/" + anotherStatesCase.caseReference();
        Response evidence = system.post(INVESTIGATION, cases + "/evidence", NIO_OF_XAA, """
                {"kind":"TESTIMONY","description":"Planted by another state","sha256":"%s",
                 "collectedAt":"2026-11-21T09:00:00Z","collectedBy":"investigator.nio"}""".formatted("ef".repeat(32)));
        Response custody = system.post(INVESTIGATION, cases + "/evidence/" + anotherStatesCase.evidenceId() + "/custody-transfers",
                NIO_OF_XAA, """
                {"from":"investigator.oios","to":"investigator.nio","at":"2026-11-22T09:00:00Z","purpose":"Review"}""");
        Response preserved = system.post(INVESTIGATION, cases + "/evidence-preserved", NIO_OF_XAA, "");

        assertThat(List.of(evidence.status(), custody.status(), preserved.status())).containsOnly(404);
        JsonNode items = system.get(INVESTIGATION, cases + "/evidence", "investigator.oios").json();
        assertThat(items.toString()).contains(anotherStatesCase.evidenceId()).doesNotContain("investigator.nio");
        assertThat(items.size()).isEqualTo(1);
    }

    @Test
    void noOtherServiceShowsTheNioAnyCaseData() {
        String reference = anotherStatesCase.caseReference();

        assertThat(system.get(INTAKE, "/api/v1/allegations/" + reference, NIO_OF_XAA).status()).isEqualTo(403);
        assertThat(system.get(INTAKE, "/api/v1/allegations/" + reference + "/history", NIO_OF_XAA).status()).isEqualTo(403);
        assertThat(system.get(VICTIM_ASSISTANCE, "/api/v1/victims?caseReference=" + reference, NIO_OF_XAA).status()).isEqualTo(403);
        assertThat(system.get(VICTIM_ASSISTANCE, "/api/v1/victims/" + anotherStatesCase.victimId(), NIO_OF_XAA).status()).isEqualTo(403);
        assertThat(system.get(REPORTING, "/api/v1/council-reports/2026", NIO_OF_XAA).status()).isEqualTo(403);
        assertThat(system.get(REPORTING, "/api/v1/public/allegations?year=all", null).body()).doesNotContain(reference);
    }

    private static String queueOf(String investigator) {
        Response queue = system.get(INVESTIGATION, "/api/v1/cases/queue?size=500", investigator);
        assertThat(queue.status()).isEqualTo(200);
        return queue.body();
    }

    private static String withoutReference(Response response) {
        return response.body().replace(anotherStatesCase.caseReference(), "REF").replace(UNKNOWN_CASE, "REF");
    }
}
