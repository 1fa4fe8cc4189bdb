package org.misconduct.reporting.council;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the facts of a year from the projections: each allegation's row in {@code public_allegation}
 * (its year, type, status and clock outcomes), the measures, payments and actions of this feature, and each allegation's
 * channel.
 */
@Component
class CouncilReports {

    private static final String COHORT = "SELECT case_reference FROM public_allegation WHERE received_year = ?";

    private static final TypeReference<Map<String, Boolean>> FIRST_CONTACTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    CouncilReports(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /** One consistent snapshot of the projections, so that every figure counts the same events. */
    @Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
    public CouncilReportCalculation calculate(int year) {
        return CouncilReportCalculation.of(new CouncilFacts(year,
                jdbc.query("""
                        SELECT case_reference, allegation_type, status, breached_clocks, evidence_preserved_within_clock,
                               days_taken, investigation_within_clock, completed_at, member_state_within_clock, nio_within_clock
                        FROM public_allegation WHERE received_year = ? ORDER BY case_reference""", CouncilReports::outcomeOf, year),
                jdbc.query("SELECT case_reference, kind, amount, currency FROM interim_measure WHERE case_reference IN (" + COHORT + ")",
                        (row, n) -> new CouncilFacts.Measure(row.getString("case_reference"), row.getString("kind"),
                                row.getBigDecimal("amount"), row.getString("currency")), year),
                jdbc.query("SELECT case_reference, amount, currency FROM trust_fund_transfer WHERE case_reference IN (" + COHORT + ")",
                        (row, n) -> new CouncilFacts.Transfer(row.getString("case_reference"), row.getBigDecimal("amount"),
                                row.getString("currency")), year),
                jdbc.query("SELECT case_reference, kind, actor FROM final_action WHERE case_reference IN (" + COHORT + ")",
                        (row, n) -> new CouncilFacts.Action(row.getString("case_reference"), row.getString("kind"),
                                row.getString("actor")), year),
                jdbc.query("""
                                SELECT contingent_id, case_references FROM contingent_repatriation
                                WHERE extract(YEAR FROM decided_at AT TIME ZONE 'UTC') = ?""",
                        (row, n) -> new CouncilFacts.ContingentDecision(row.getString("contingent_id"),
                                textArray(row, "case_references")), year),
                jdbc.query("""
                        SELECT case_reference, nationality, member_state_action_within_clock, non_un_notification_within_clock,
                               victims_first_contact::text AS victims_first_contact, criminal_referral_statuses
                        FROM public_allegation WHERE received_year = ? ORDER BY case_reference""", this::followThroughOf, year),
                jdbc.query("SELECT case_reference, channel FROM allegation_channel WHERE case_reference IN (" + COHORT + ")",
                        (row, n) -> new CouncilFacts.CaseChannel(row.getString("case_reference"), row.getString("channel")), year)));
    }

    private CouncilFacts.FollowThrough followThroughOf(ResultSet row, int rowNumber) throws SQLException {
        Map<String, Boolean> contacts = firstContacts(row.getString("victims_first_contact"));
        int contactedWithinClock = (int) contacts.values().stream().filter(Boolean.TRUE::equals).count();
        return new CouncilFacts.FollowThrough(
                row.getString("case_reference"),
                row.getString("nationality"),
                row.getObject("member_state_action_within_clock", Boolean.class),
                row.getObject("non_un_notification_within_clock", Boolean.class),
                contactedWithinClock,
                contacts.size(),
                textArray(row, "criminal_referral_statuses"));
    }

    private Map<String, Boolean> firstContacts(String json) {
        try {
            return json == null ? Map.of() : objectMapper.readValue(json, FIRST_CONTACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read the victims' first contacts", e);
        }
    }

    private static CouncilFacts.CaseOutcome outcomeOf(ResultSet row, int rowNumber) throws SQLException {
        return new CouncilFacts.CaseOutcome(
                row.getString("case_reference"),
                row.getString("allegation_type"),
                row.getString("status"),
                Set.copyOf(textArray(row, "breached_clocks")),
                row.getObject("evidence_preserved_within_clock", Boolean.class),
                row.getObject("days_taken", Long.class),
                row.getObject("investigation_within_clock", Boolean.class),
                row.getTimestamp("completed_at") != null,
                row.getObject("member_state_within_clock", Boolean.class),
                row.getObject("nio_within_clock", Boolean.class));
    }

    private static List<String> textArray(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }
}
