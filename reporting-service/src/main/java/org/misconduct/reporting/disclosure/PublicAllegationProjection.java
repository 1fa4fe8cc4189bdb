package org.misconduct.reporting.disclosure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.reporting.ledger.CopyRows;
import org.misconduct.reporting.ledger.Projection;
import org.misconduct.reporting.ledger.RebuildProperties;
import org.misconduct.reporting.ledger.RebuildTransaction;
import org.misconduct.streaming.ReceivedEvent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code public_allegation} up to date. Each event locks its allegation's row, merges into
 * it and writes it back, so concurrent consumers of different topics cannot lose each other's
 * updates to the same allegation. Every allegation has a row, which the Council report counts;
 * the public sees those marked {@code disclosed} only, through the view {@code disclosed_allegation}.
 */
@Component
class PublicAllegationProjection implements Projection {

    private static final String COLUMNS = """
            received_year, received_month, received_at, mission, personnel_category, nationality, allegation_type,
            victim_count, minor_involved, investigating_entity, status, classification_ranks, referred_at,
            investigation_opened_at, evidence_preserved_at, evidence_preserved_within_clock, breached_clocks,
            victims_registered, minor_victims, adult_victims, unknown_age_victims, finding, days_taken, completed_at,
            investigation_within_clock, closed_at, member_state_responded_at, member_state_within_clock, nio_appointed_at,
            nio_within_clock, interim_actions, final_actions, criminal_referrals, paternity_claims, assessed, closure_reason,
            disclosed, disclosure_order, criminal_referral_outcomes, criminal_referral_statuses, member_state_action_recorded_at,
            member_state_action_within_clock, non_un_notified_at, non_un_notification_within_clock, victims_first_contact,
            public_key""";
    private static final Set<String> JSON_COLUMNS = Set.of("classification_ranks", "paternity_claims",
            "criminal_referral_outcomes", "victims_first_contact");
    private static final String PLACEHOLDERS = Arrays.stream(COLUMNS.split(","))
            .map(column -> JSON_COLUMNS.contains(column.trim()) ? "?::jsonb" : "?")
            .collect(Collectors.joining(", "));

    private static final String EXCLUDED = Arrays.stream(COLUMNS.split(","))
            .map(column -> "EXCLUDED." + column.trim()).collect(Collectors.joining(", "));

    private static final String INSERT_NEW = "INSERT INTO public_allegation (case_reference, " + COLUMNS + ") VALUES (?, "
            + PLACEHOLDERS + ") ON CONFLICT (case_reference) DO NOTHING";

    private static final TypeReference<Map<ClassificationStages.Classified, Integer>> RANKS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, PaternityClaim>> CLAIMS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, ReferralOutcome>> REFERRAL_OUTCOMES = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Boolean>> FIRST_CONTACTS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;
    private final ObjectWriter ranksWriter;
    private final DisclosureOrder order;
    private final RebuildProperties rebuild;

    PublicAllegationProjection(JdbcTemplate jdbc, ObjectMapper objectMapper, DisclosureOrder order, RebuildProperties rebuild) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
        this.ranksWriter = objectMapper.writerFor(RANKS);
        this.order = order;
        this.rebuild = rebuild;
    }

    @Override
    public void project(ReceivedEvent event) {
        PublishedEvent data = event.data();
        if (!PublicAllegationState.concerns(data)) {
            return;
        }
        String caseReference = data.caseReference();
        Optional<PublicAllegationState> stored = lockedRow(caseReference);
        if (stored.isEmpty()) {
            PublicAllegationState first = new PublicAllegationState(caseReference);
            first.apply(data);
            if (jdbc.update(INSERT_NEW, prepend(caseReference, values(first))) == 1) {
                return;
            }
            // Another consumer inserted the row since: it is committed now, so it can be locked and merged into.
            stored = lockedRow(caseReference);
        }
        PublicAllegationState state = stored.orElseThrow();
        state.apply(data);
        jdbc.update("UPDATE public_allegation SET (" + COLUMNS + ") = (" + PLACEHOLDERS + ") WHERE case_reference = ?",
                append(values(state), caseReference));
    }

    /** The allegation's row, locked until the transaction ends; an insert of the same row waits for that end. */
    private Optional<PublicAllegationState> lockedRow(String caseReference) {
        return jdbc.query("SELECT * FROM public_allegation WHERE case_reference = ? FOR UPDATE", this::stateOf, caseReference)
                .stream().findFirst();
    }

    /** Gathers the rows of a rebuild in memory, a bounded number at a time, and writes them in batches. */
    @Override
    public Rebuild rebuilding(RebuildTransaction transaction) {
        return new PublicAllegationRebuild(this, rebuild.heldRows(), transaction);
    }

    /** The stored row of an allegation, for a rebuild that no longer holds it. */
    Optional<PublicAllegationState> stored(String caseReference) {
        return jdbc.query("SELECT * FROM public_allegation WHERE case_reference = ?", this::stateOf, caseReference)
                .stream().findFirst();
    }

    /** The rows of allegations not stored yet, for {@link #insert(CopyRows)}. */
    CopyRows newRows(Collection<PublicAllegationState> states) {
        CopyRows rows = new CopyRows("public_allegation", "case_reference, " + COLUMNS);
        states.forEach(state -> rows.add(prepend(state.caseReference, values(state))));
        return rows;
    }

    /** Inserts rows known not to be stored yet, in one {@code COPY}. */
    void insert(CopyRows rows) {
        rows.copy(jdbc);
    }

    /** The rows of allegations that may be stored already, for {@link #writeOver(List)}. */
    List<Object[]> storedRows(Collection<PublicAllegationState> states) {
        return states.stream().map(state -> prepend(state.caseReference, values(state))).toList();
    }

    /** Writes whole rows, inserted or replacing what is stored, in one batch. */
    void writeOver(List<Object[]> rows) {
        jdbc.batchUpdate("INSERT INTO public_allegation (case_reference, " + COLUMNS + ") VALUES (?, " + PLACEHOLDERS + ")"
                + " ON CONFLICT (case_reference) DO UPDATE SET (" + COLUMNS + ") = (" + EXCLUDED + ")", rows);
    }

    @Override
    public void lock() {
        jdbc.execute("LOCK TABLE public_allegation IN EXCLUSIVE MODE");
    }

    @Override
    public void reset() {
        jdbc.update("DELETE FROM public_allegation");
    }

    private Object[] values(PublicAllegationState state) {
        byte[] disclosureOrder = order.of(state.caseReference);
        Integer year = state.receivedYear();
        Integer month = state.receivedMonth();
        PublicOrder.Position position = new PublicOrder.Position(year, month, state.mission,
                state.personnelCategory, state.nationality, state.allegationType, disclosureOrder);
        return new Object[] {
                year, month, timestamp(state.receivedAt), state.mission,
                state.personnelCategory, state.nationality, state.allegationType, state.victimCount, state.minorInvolved,
                state.investigatingEntity, state.status.name(), ranks(state.ranks), timestamp(state.referredAt),
                timestamp(state.investigationOpenedAt), timestamp(state.evidencePreservedAt),
                state.evidencePreservedWithinClock, state.breachedClocks.toArray(String[]::new),
                state.victimsRegistered, state.minorVictims, state.adultVictims, state.unknownAgeVictims,
                state.finding, state.daysTaken, timestamp(state.completedAt), state.investigationWithinClock,
                timestamp(state.closedAt), timestamp(state.memberStateRespondedAt), state.memberStateWithinClock,
                timestamp(state.nioAppointedAt), state.nioWithinClock, state.interimActions.toArray(String[]::new),
                state.finalActions.toArray(String[]::new), state.criminalReferrals.toArray(String[]::new),
                json(state.paternityClaims), state.assessed, state.closureReason, state.disclosed(),
                disclosureOrder, json(state.referralOutcomes), state.criminalReferralStatuses().toArray(String[]::new),
                timestamp(state.memberStateActionRecordedAt), state.memberStateActionWithinClock, timestamp(state.nonUnNotifiedAt),
                state.nonUnNotificationWithinClock, json(state.victimsFirstContact), position.key()};
    }

    private PublicAllegationState stateOf(ResultSet row, int rowNumber) throws SQLException {
        PublicAllegationState state = new PublicAllegationState(row.getString("case_reference"));
        state.status = AllegationStatus.valueOf(row.getString("status"));
        state.assessed = row.getBoolean("assessed");
        state.closureReason = row.getString("closure_reason");
        state.ranks.restore(ranksOf(row.getString("classification_ranks")));
        state.receivedAt = instant(row, "received_at");
        state.mission = row.getString("mission");
        state.personnelCategory = row.getString("personnel_category");
        state.nationality = row.getString("nationality");
        state.allegationType = row.getString("allegation_type");
        state.victimCount = row.getObject("victim_count", Integer.class);
        state.minorInvolved = row.getObject("minor_involved", Boolean.class);
        state.investigatingEntity = row.getString("investigating_entity");
        state.referredAt = instant(row, "referred_at");
        state.investigationOpenedAt = instant(row, "investigation_opened_at");
        state.evidencePreservedAt = instant(row, "evidence_preserved_at");
        state.evidencePreservedWithinClock = row.getObject("evidence_preserved_within_clock", Boolean.class);
        state.breachedClocks.addAll(textArray(row, "breached_clocks"));
        state.victimsRegistered = row.getInt("victims_registered");
        state.minorVictims = row.getInt("minor_victims");
        state.adultVictims = row.getInt("adult_victims");
        state.unknownAgeVictims = row.getInt("unknown_age_victims");
        state.finding = row.getString("finding");
        state.daysTaken = row.getObject("days_taken", Long.class);
        state.completedAt = instant(row, "completed_at");
        state.investigationWithinClock = row.getObject("investigation_within_clock", Boolean.class);
        state.closedAt = instant(row, "closed_at");
        state.memberStateRespondedAt = instant(row, "member_state_responded_at");
        state.memberStateWithinClock = row.getObject("member_state_within_clock", Boolean.class);
        state.nioAppointedAt = instant(row, "nio_appointed_at");
        state.nioWithinClock = row.getObject("nio_within_clock", Boolean.class);
        state.interimActions.addAll(textArray(row, "interim_actions"));
        state.finalActions.addAll(textArray(row, "final_actions"));
        state.criminalReferrals.addAll(textArray(row, "criminal_referrals"));
        state.paternityClaims.putAll(read(row.getString("paternity_claims"), CLAIMS));
        state.referralOutcomes.putAll(read(row.getString("criminal_referral_outcomes"), REFERRAL_OUTCOMES));
        state.memberStateActionRecordedAt = instant(row, "member_state_action_recorded_at");
        state.memberStateActionWithinClock = row.getObject("member_state_action_within_clock", Boolean.class);
        state.nonUnNotifiedAt = instant(row, "non_un_notified_at");
        state.nonUnNotificationWithinClock = row.getObject("non_un_notification_within_clock", Boolean.class);
        state.victimsFirstContact.putAll(read(row.getString("victims_first_contact"), FIRST_CONTACTS));
        return state;
    }

    private String ranks(ClassificationStages stages) {
        try {
            return ranksWriter.writeValueAsString(stages.asMap());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a projection column as JSON", e);
        }
    }

    private String json(Map<?, ?> value) {
        if (value.isEmpty()) {
            return "{}";
        }
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a projection column as JSON", e);
        }
    }

    private Map<ClassificationStages.Classified, Integer> ranksOf(String json) {
        return read(json, RANKS);
    }

    private <T> T read(String json, TypeReference<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a projection column's JSON", e);
        }
    }

    static List<String> textArray(ResultSet row, String column) throws SQLException {
        Array array = row.getArray(column);
        return array == null ? List.of() : List.of((String[]) array.getArray());
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Object[] append(Object[] first, Object last) {
        Object[] all = Arrays.copyOf(first, first.length + 1);
        all[first.length] = last;
        return all;
    }
}
