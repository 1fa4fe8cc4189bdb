package org.misconduct.reporting.disclosure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.postgresql.PGStatement;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementCreator;
import org.springframework.stereotype.Component;

/**
 * Reads the public projection's rows, and is the one place that decides which of its columns the public sees.
 * {@link PublicSummaries} counts the same rows, so it cannot disclose more than they do.
 */
@Component
class PublicAllegations {

    static final int BATCH = 500;
    private static final TypeReference<Map<String, PaternityClaim>> CLAIMS = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final ObjectMapper objectMapper;

    PublicAllegations(JdbcTemplate jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /**
     * Hands every row selected to {@code each}, in the public order, reading {@value #BATCH} rows at a time: memory
     * stays the same however many rows there are, and no connection is held while {@code each} writes to a client.
     */
    void forEach(PublicFilter filter, Consumer<PublicAllegation> each) {
        Optional<PublicOrder.Position> after = Optional.empty();
        do {
            Page batch = page(filter, new PublicSlice(0, BATCH), after);
            batch.rows().forEach(each);
            after = batch.last();
        } while (after.isPresent());
    }

    /** One page of rows in the public order, and where it ended when it came back full (another may follow). */
    record Page(List<PublicAllegation> rows, Optional<PublicOrder.Position> last) {
    }

    /**
     * One page of the rows selected, in the public order: the {@code slice.size()} rows after {@code after} if given
     * (an index probe however deep), else page {@code slice.page()}, found by skipping the pages before it.
     */
    Page page(PublicFilter filter, PublicSlice slice, Optional<PublicOrder.Position> after) {
        List<String> conditions = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        after.ifPresent(position -> PublicOrder.after(position, conditions, arguments));
        long offset = after.isPresent() ? 0 : slice.offset();
        List<Positioned> rows = select(filter, conditions, arguments, " LIMIT " + slice.size() + " OFFSET " + offset);
        Optional<PublicOrder.Position> last = rows.size() < slice.size() ? Optional.empty()
                : Optional.of(rows.get(rows.size() - 1).position());
        return new Page(rows.stream().map(Positioned::allegation).toList(), last);
    }

    private List<Positioned> select(PublicFilter filter, List<String> conditions, List<Object> arguments, String limit) {
        PublicFilter.Condition condition = filter.condition();
        List<Object> all = new ArrayList<>(List.of(condition.arguments()));
        List<String> positions = new ArrayList<>();
        if (filter.year() != null) {
            PublicOrder.within(filter.year(), positions, all);
        }
        positions.addAll(conditions);
        all.addAll(arguments);
        String where = condition.sql();
        if (!positions.isEmpty()) {
            where += (where.isEmpty() ? " WHERE " : " AND ") + String.join(" AND ", positions);
        }
        return jdbc.query(plannedForItsValues("SELECT * FROM disclosed_allegation" + where + PublicOrder.ORDER_BY + limit,
                all.toArray()), (row, number) -> new Positioned(publicAllegationOf(row, number), PublicOrder.Position.of(row)));
    }

    /**
     * A statement the database plans for the values given, every time. The rows are a range of positions plus the
     * visitor's criteria; a server-side prepared statement gets a generic plan after five runs, which cannot see how
     * narrow the range is and sorts the whole year instead of walking the position index (88 ms against 2 ms for a
     * year's first page at 100,000 rows).
     */
    private static PreparedStatementCreator plannedForItsValues(String sql, Object[] arguments) {
        return connection -> {
            PreparedStatement statement = connection.prepareStatement(sql);
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            new ArgumentPreparedStatementSetter(arguments).setValues(statement);
            return statement;
        };
    }

    private record Positioned(PublicAllegation allegation, PublicOrder.Position position) {
    }

    private PublicAllegation publicAllegationOf(ResultSet row, int rowNumber) throws SQLException {
        String personnelCategory = row.getString("personnel_category");
        // The projection stores no other nationality; checked again because disclosing one would be irreversible.
        String nationality = DisclosureRules.isUniformed(personnelCategory) ? row.getString("nationality") : null;
        return new PublicAllegation(
                row.getObject("received_year", Integer.class),
                row.getObject("received_month", Integer.class),
                row.getString("mission"),
                personnelCategory,
                nationality,
                row.getString("allegation_type"),
                row.getInt("victims_registered"),
                row.getInt("minor_victims"),
                row.getInt("adult_victims"),
                row.getInt("unknown_age_victims"),
                row.getString("investigating_entity"),
                AllegationStatus.valueOf(row.getString("status")),
                row.getObject("days_taken", Long.class),
                row.getString("finding"),
                PublicAllegationProjection.textArray(row, "interim_actions"),
                PublicAllegationProjection.textArray(row, "final_actions"),
                PublicAllegationProjection.textArray(row, "criminal_referrals"),
                List.copyOf(paternityClaimStatuses(row.getString("paternity_claims"))),
                PublicAllegationProjection.textArray(row, "criminal_referral_statuses"));
    }

    private java.util.SortedSet<String> paternityClaimStatuses(String json) {
        try {
            return PaternityClaim.statusesOf(objectMapper.readValue(json, CLAIMS).values());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read paternity claims", e);
        }
    }
}
