package org.misconduct.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.misconduct.system.RunningSystem.Service.INVESTIGATION;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** A case's history names who caused each event: the user who decided, or the system for what a clock or a policy caused. */
class CaseHistorySystemIT {

    private static final String SYSTEM = "system";
    private static final Set<String> CAUSED_BY_THE_SYSTEM = Set.of("CaseOpened", "ClockStarted", "MemberStateNotified",
            "ClockBreached");

    @Test
    void everyEventOfACaseNamesWhoCausedIt() {
        RunningSystem system = RunningSystem.shared();
        CaseFixture stateCase = CaseFixture.create(system, "XAA", "TCC");
        String history = "/api/v1/cases/" + stateCase.caseReference() + "/history";

        // The system tests run a short evidence-preservation clock, and nobody preserves this case's evidence.
        JsonNode events = Polling.eventually("the evidence clock's breach in the history", () -> system.get(INVESTIGATION, history,
                "auditor"), response -> response.status() == 200 && response.body().contains("ClockBreached"),
                Duration.ofSeconds(90)).json();

        Map<String, String> actors = new HashMap<>();
        events.forEach(event -> actors.merge(event.get("type").asText(), event.get("actingUser").asText(),
                (first, next) -> first.equals(next) ? first : first + "," + next));
        CAUSED_BY_THE_SYSTEM.forEach(type -> assertThat(actors).as(type).containsEntry(type, SYSTEM));
        assertThat(actors).containsEntry("EvidenceRecorded", "investigator.nio")
                .containsEntry("InterimMeasureTaken", "conduct.officer");
    }
}
