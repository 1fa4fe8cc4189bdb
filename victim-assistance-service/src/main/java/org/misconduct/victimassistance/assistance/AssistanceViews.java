package org.misconduct.victimassistance.assistance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads of needs and referrals: what each victim still waits for, and for how long. */
@Component
public class AssistanceViews {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AssistanceViews(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param waited      from identification until the need was met, or until now while it is open
     * @param waitedHours the same in whole hours
     */
    public record NeedView(String needId, String kind, Instant identifiedAt, boolean open, Instant metAt, String waited,
                           long waitedHours) {
    }

    /**
     * @param status        PENDING, DELIVERED or DECLINED
     * @param declineReason why a declined referral came to nothing, when the officer said
     */
    public record ReferralView(String referralId, String needId, String kind, String provider, String status, Instant referredAt,
                               Instant deliveredAt, Instant declinedAt, String declineReason) {
    }

    /** An open need across victims, for officers to see who waits longest. */
    public record OpenNeed(String victimId, String caseReference, String needId, String kind, Instant identifiedAt, String waited,
                           long waitedHours, String pendingReferralId) {
    }

    public List<NeedView> needsOf(String victimId) {
        Instant now = clock.instant();
        return jdbc.query("SELECT * FROM victim_need_view WHERE victim_id = ? ORDER BY identified_at, need_id",
                (row, index) -> need(row, now), victimId);
    }

    public List<ReferralView> referralsOf(String victimId) {
        return jdbc.query("SELECT * FROM victim_referral_view WHERE victim_id = ? ORDER BY referred_at, referral_id",
                (row, index) -> referral(row), victimId);
    }

    List<OpenNeed> openNeeds(String caseReference, String kind, int page, int size) {
        StringBuilder sql = new StringBuilder("""
                SELECT n.*, v.case_reference,
                       (SELECT r.referral_id FROM victim_referral_view r
                        WHERE r.need_id = n.need_id AND r.delivered_at IS NULL AND r.declined_at IS NULL LIMIT 1) AS pending_referral_id
                FROM victim_need_view n JOIN victim_view v ON v.victim_id = n.victim_id
                WHERE n.met_at IS NULL""");
        List<Object> arguments = new ArrayList<>();
        if (caseReference != null) {
            sql.append(" AND v.case_reference = ?");
            arguments.add(caseReference);
        }
        if (kind != null) {
            sql.append(" AND n.kind = ?");
            arguments.add(kind);
        }
        sql.append(" ORDER BY n.identified_at, n.need_id LIMIT ? OFFSET ?");
        arguments.add(size);
        arguments.add((long) page * size);
        Instant now = clock.instant();
        return jdbc.query(sql.toString(), (row, index) -> openNeed(row, now), arguments.toArray());
    }

    private static NeedView need(ResultSet row, Instant now) throws SQLException {
        Instant identifiedAt = instant(row, "identified_at");
        Instant metAt = instant(row, "met_at");
        Duration waited = Duration.between(identifiedAt, metAt != null ? metAt : now);
        return new NeedView(row.getString("need_id"), row.getString("kind"), identifiedAt, metAt == null, metAt,
                waited.toString(), waited.toHours());
    }

    private static OpenNeed openNeed(ResultSet row, Instant now) throws SQLException {
        Instant identifiedAt = instant(row, "identified_at");
        Duration waited = Duration.between(identifiedAt, now);
        return new OpenNeed(row.getString("victim_id"), row.getString("case_reference"), row.getString("need_id"),
                row.getString("kind"), identifiedAt, waited.toString(), waited.toHours(), row.getString("pending_referral_id"));
    }

    private static ReferralView referral(ResultSet row) throws SQLException {
        Instant deliveredAt = instant(row, "delivered_at");
        Instant declinedAt = instant(row, "declined_at");
        String status = deliveredAt != null ? "DELIVERED" : declinedAt != null ? "DECLINED" : "PENDING";
        return new ReferralView(row.getString("referral_id"), row.getString("need_id"), row.getString("kind"),
                row.getString("provider"), status, instant(row, "referred_at"), deliveredAt, declinedAt,
                row.getString("decline_reason"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp value = row.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
