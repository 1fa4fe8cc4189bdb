package org.misconduct.investigation.access;

import static java.util.Map.entry;
import static org.misconduct.investigation.access.CaseAction.DECIDE;
import static org.misconduct.investigation.access.CaseAction.INVESTIGATE;
import static org.misconduct.investigation.access.CaseAction.READ;

import java.util.Map;
import java.util.Optional;

import org.misconduct.contracts.codes.ClockName;
import org.misconduct.domain.NotFound;

/**
 * What each operation on a case does, as the contract's table of decision rights lists it. An operation addressed to a
 * case that is not listed here is refused to everyone: a new endpoint is closed until its right is written down.
 */
final class DecisionRights {

    static final String CASE = "/api/v1/cases/{caseReference}";
    static final String CLOCK_EXTENSION = "POST " + CASE + "/clocks/{clock}/extension";

    private static final Map<String, CaseAction> OPERATIONS = Map.ofEntries(
            entry("GET " + CASE, READ),
            entry("GET " + CASE + "/evidence", READ),
            entry("GET " + CASE + "/history", READ),
            entry("POST " + CASE + "/assignment", INVESTIGATE),
            entry("POST " + CASE + "/evidence", INVESTIGATE),
            entry("POST " + CASE + "/evidence/{evidenceId}/custody-transfers", INVESTIGATE),
            entry("POST " + CASE + "/evidence/{evidenceId}/files", INVESTIGATE),
            entry("GET " + CASE + "/evidence/{evidenceId}/files/{fileId}/content", READ),
            entry("POST " + CASE + "/evidence-preserved", INVESTIGATE),
            entry("POST " + CASE + "/findings", INVESTIGATE),
            entry("GET " + CASE + "/subjects", READ),
            entry("POST " + CASE + "/subjects", INVESTIGATE),
            entry("DELETE " + CASE + "/subjects/{subjectId}/identity", DECIDE),
            entry("POST " + CASE + "/member-state-response", DECIDE),
            entry("POST " + CASE + "/interim-measures", DECIDE),
            entry("POST " + CASE + "/interim-measures/{measureId}/lifted", DECIDE),
            entry("POST " + CASE + "/criminal-referrals", DECIDE),
            entry("POST " + CASE + "/criminal-referrals/{authority}/outcome", DECIDE),
            entry("POST " + CASE + "/member-state-action-report", DECIDE),
            entry("POST " + CASE + "/actions", DECIDE));

    /** More time to investigate is the investigators'; more time for the Member State is a decision. */
    private static final Map<ClockName, CaseAction> EXTENSIONS = Map.of(
            ClockName.INVESTIGATION, INVESTIGATE,
            ClockName.MEMBER_STATE_INTENT, DECIDE,
            ClockName.NIO_APPOINTMENT, DECIDE,
            ClockName.MEMBER_STATE_ACTION, DECIDE);

    private DecisionRights() {
    }

    /**
     * @param pattern       the path pattern the request was mapped to
     * @param pathVariables the request's path variables
     * @return the action, empty for an operation nobody may take (such as extending the evidence-preservation clock)
     * @throws NotFound for an extension of a clock that does not exist
     */
    static Optional<CaseAction> actionOf(String method, String pattern, Map<String, String> pathVariables) {
        String operation = method + " " + pattern;
        if (operation.equals(CLOCK_EXTENSION)) {
            String clock = pathVariables.get("clock");
            ClockName name = ClockName.fromWireName(clock).orElseThrow(() -> new NotFound("No clock " + clock));
            return Optional.ofNullable(EXTENSIONS.get(name));
        }
        return Optional.ofNullable(OPERATIONS.get(operation));
    }
}
