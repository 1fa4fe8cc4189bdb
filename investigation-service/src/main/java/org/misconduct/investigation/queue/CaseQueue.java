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

    /** One page of open cases; {@code last} is the position of its last case when another page follows it. */
    record Page(List<CaseQueueItem> cases, Optional<QueuePosition> last) {

        boolean hasNext() {
            return last.isPresent();
        }
    }

    /**
     * @param assignee    only cases assigned to this investigator, or all when empty
     * @param entity      only cases of this investigating entity, or all when empty
     * @param memberState only cases about this Member State's nationals (a national investigation officer's view)
     */
    List<CaseQueueItem> openCases(Optional<String> assignee, Optional<String> entity, Optional<String> memberState) {
        return openCases(assignee, entity, memberState, 0, MAX_PAGE).cases();
    }

    /** Page {@code page} (from 0) of {@code size} cases, found by skipping the pages before it. */
    Page openCases(Optional<String> assignee, Optional<String> entity, Optional<String> memberState, int page, int size) {
        int pageSize = pageSize(size);
        Filter filter = new Filter(assignee, entity, memberState);
        return page(filter.select("", List.of(), pageSize + 1, (long) Math.max(0, page) * pageSize), pageSize);
    }

    /**
     * The {@code size} cases after {@code after}. The order ends on the case reference, so it is total and pages
     * neither repeat nor skip a case while the queue stands still; the partial indexes on {@code next_due_at} serve the
     * order and each filter, so the page starts with an index probe at {@code after}, however deep it is. Cases
     * without a running clock sort last: they are read once the dated ones run out. One row more than asked tells
     * whether another page follows, without counting them all.
     */
    Page openCasesAfter(Optional<String> assignee, Optional<String> entity, Optional<String> memberState,
                        QueuePosition after, int size) {
        int pageSize = pageSize(size);
        Filter filter = new Filter(assignee, entity, memberState);
        if (after.nextDueAt() == null) {
            return page(filter.select(" AND c.next_due_at IS NULL AND c.case_reference > ?", List.of(after.caseReference()),
                    pageSize + 1, 0), pageSize);
        }
        List<Positioned> rows = new ArrayList<>(filter.select(" AND (c.next_due_at, c.case_reference) > (?, ?)",
                List.of(Timestamp.from(after.nextDueAt()), after.caseReference()), pageSize + 1, 0));
        if (rows.size() <= pageSize) {
            rows.addAll(filter.select(" AND c.next_due_at IS NULL", List.of(), pageSize + 1 - rows.size(), 0));
        }
        return page(rows, pageSize);
    }

    private static int pageSize(int size) {
        return Math.max(1, Math.min(size, MAX_PAGE));
    }

    private Page page(List<Positioned> rows, int pageSize) {
        boolean hasNext = rows.size() > pageSize;
        List<Positioned> shown = hasNext ? rows.subList(0, pageSize) : rows;
        Optional<QueuePosition> last = hasNext ? Optional.of(shown.get(shown.size() - 1).position()) : Optional.empty();
        return new Page(withClocks(shown.stream().map(Positioned::item).toList()), last);
    }

    private record Positioned(CaseQueueItem item, QueuePosition position) {
    }

    /** The open cases a reader asked for, in the queue's order. */
    private final class Filter {
        private final StringBuilder where = new StringBuilder("SELECT c.* FROM case_view c WHERE c.status = 'OPEN'");
        private final List<Object> arguments = new ArrayList<>();

        Filter(Optional<String> assignee, Optional<String> entity, Optional<String> memberState) {
            assignee.ifPresent(value -> equal("c.assignee", value));
            entity.ifPresent(value -> equal("c.investigating_entity", value));
            memberState.ifPresent(value -> equal("c.nationality", value));
        }

        private void equal(String column, String value) {
            where.append(" AND ").append(column).append(" = ?");
            arguments.add(value);
        }

        List<Positioned> select(String condition, List<Object> conditionArguments, int limit, long offset) {
            List<Object> all = new ArrayList<>(arguments);
            all.addAll(conditionArguments);
            all.add(limit);
            all.add(offset);
            return jdbc.query(where + condition + " ORDER BY c.next_due_at NULLS LAST, c.case_reference LIMIT ? OFFSET ?",
                    (row, index) -> new Positioned(item(row),
                            new QueuePosition(instant(row.getTimestamp("next_due_at")), row.getString("case_reference"))),
                    all.toArray());
        }
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
