package org.misconduct.investigation.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of the case queue: open cases, the one whose next clock falls due first on top. */
@Component
class CaseQueue {

    static final int MAX_PAGE = 1000;

    private final JdbcTemplate jdbc;

    CaseQueue(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of open cases and whether another follows it. */
    record Page(List<CaseQueueItem> cases, boolean hasNext) {
    }

    /**
     * @param assignee    only cases assigned to this investigator, or all when empty
     * @param entity      only cases of this investigating entity, or all when empty
     * @param memberState only cases about this Member State's nationals (a national investigation officer's view)
     */
    List<CaseQueueItem> openCases(Optional<String> assignee, Optional<String> entity, Optional<String> memberState) {
        return openCases(assignee, entity, memberState, 0, MAX_PAGE).cases();
    }

    /**
     * Page {@code page} (from 0) of {@code size} cases. The order ends on the case reference, so it is total and pages
     * neither repeat nor skip a case while the queue stands still; the partial indexes on {@code next_due_at} serve the
     * order and each filter. One row more than asked tells whether another page follows, without counting them all.
     */
    Page openCases(Optional<String> assignee, Optional<String> entity, Optional<String> memberState, int page, int size) {
        int pageSize = Math.max(1, Math.min(size, MAX_PAGE));
        StringBuilder sql = new StringBuilder("SELECT c.* FROM case_view c WHERE c.status = 'OPEN'");
        List<Object> arguments = new ArrayList<>();
        assignee.ifPresent(value -> {
            sql.append(" AND c.assignee = ?");
            arguments.add(value);
        });
        entity.ifPresent(value -> {
            sql.append(" AND c.investigating_entity = ?");
            arguments.add(value);
        });
        memberState.ifPresent(value -> {
            sql.append(" AND c.nationality = ?");
            arguments.add(value);
        });
        sql.append(" ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT ? OFFSET ?");
        arguments.add(pageSize + 1);
        arguments.add((long) Math.max(0, page) * pageSize);
        List<CaseQueueItem> rows = jdbc.query(sql.toString(), (row, index) -> item(row), arguments.toArray());
        boolean hasNext = rows.size() > pageSize;
        return new Page(withClocks(hasNext ? rows.subList(0, pageSize) : rows), hasNext);
    }

    Optional<CaseQueueItem> find(String caseReference) {
        return withClocks(jdbc.query("SELECT * FROM case_view WHERE case_reference = ?", (row, index) -> item(row), caseReference))
                .stream().findFirst();
    }

    private List<CaseQueueItem> withClocks(List<CaseQueueItem> cases) {
        if (cases.isEmpty()) {
            return cases;
        }
        String[] references = cases.stream().map(CaseQueueItem::caseReference).toArray(String[]::new);
        Map<String, List<CaseQueueItem.ClockView>> clocks = jdbc.query(
                        "SELECT * FROM case_clock_view WHERE case_reference = ANY (?) ORDER BY due_at",
                        statement -> statement.setArray(1, statement.getConnection().createArrayOf("varchar", references)),
                        (row, index) -> Map.entry(row.getString("case_reference"), clock(row)))
                .stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return cases.stream()
                .map(item -> new CaseQueueItem(item.caseReference(), item.mission(), item.allegationType(),
                        item.personnelCategory(), item.nationality(), item.priority(), item.investigatingEntity(),
                        item.assignee(), item.status(), item.finding(), item.receivedAt(), item.openedAt(),
                        clocks.getOrDefault(item.caseReference(), List.of())))
                .toList();
    }

    private static CaseQueueItem item(ResultSet row) throws SQLException {
        return new CaseQueueItem(row.getString("case_reference"), row.getString("mission"),
                row.getString("allegation_type"), row.getString("personnel_category"), row.getString("nationality"),
                row.getString("priority"), row.getString("investigating_entity"), row.getString("assignee"),
                row.getString("status"), row.getString("finding"), instant(row.getTimestamp("received_at")), instant(row.getTimestamp("opened_at")),
                List.of());
    }

    private static CaseQueueItem.ClockView clock(ResultSet row) throws SQLException {
        return new CaseQueueItem.ClockView(row.getString("clock"), instant(row.getTimestamp("started_at")),
                instant(row.getTimestamp("due_at")), instant(row.getTimestamp("stopped_at")), row.getBoolean("breached"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
