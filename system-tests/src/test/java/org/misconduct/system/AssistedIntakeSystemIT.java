package org.misconduct.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.misconduct.system.RunningSystem.Service.INTAKE;
import static org.misconduct.system.RunningSystem.Service.REPORTING;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/**
 * A complaint a community focal point took by telephone, registered with a real Keycloak token: intake keeps its
 * channel and names the focal point in its history, and the Council report counts it under its channel.
 */
class AssistedIntakeSystemIT {

    @Test
    void aHotlineComplaintRegisteredByAFocalPointKeepsItsChannelAndWhoTookIt() {
        RunningSystem system = RunningSystem.shared();
        RunningSystem.Response receipt = system.post(INTAKE, "/api/v1/allegations", "focal.point", """
                {"mission":"MINUSCA","channel":"HOTLINE","personnelCategory":"UNPOL",
                 "description":"A caller reports that a patrol demanded sex at a checkpoint on the road to Bimbo."}""");
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        String caseReference = receipt.json().get("caseReference").asText();
        String allegation = "/api/v1/allegations/" + caseReference;

        JsonNode details = Polling.eventually("the allegation in intake's view", () -> system.get(INTAKE, allegation, "intake.officer"),
                response -> response.status() == 200, Duration.ofSeconds(30)).json();
        assertThat(details.get("channel").asText()).isEqualTo("HOTLINE");
        JsonNode history = system.get(INTAKE, allegation + "/history", "auditor").json();
        assertThat(history.get(0).get("type").asText()).isEqualTo("AllegationRegistered");
        assertThat(history.get(0).get("actingUser").asText()).isEqualTo("focal.point");
        assertThat(system.get(INTAKE, allegation, "focal.point").status()).as("a focal point reads nothing back").isEqualTo(403);

        int year = Instant.parse(receipt.json().get("receivedAt").asText()).atZone(ZoneOffset.UTC).getYear();
        String hotlineCases = "/api/v1/council-reports/" + year + "/figures/allegations.channel.HOTLINE/cases";
        Polling.eventually("the allegation among the Council report's hotline complaints",
                () -> system.get(REPORTING, hotlineCases, "conduct.officer"),
                response -> response.status() == 200 && response.body().contains(caseReference), Duration.ofSeconds(60));
    }
}
