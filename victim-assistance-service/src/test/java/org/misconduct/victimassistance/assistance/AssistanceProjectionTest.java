package org.misconduct.victimassistance.assistance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.victimassistance.ProjectionDatabase;
import org.misconduct.victimassistance.victim.AssistanceDeclined;
import org.misconduct.victimassistance.victim.AssistanceDelivered;
import org.misconduct.victimassistance.victim.AssistanceReferred;
import org.misconduct.victimassistance.victim.DeclineReason;
import org.misconduct.victimassistance.victim.NeedIdentified;
import org.misconduct.victimassistance.victim.NeedKind;
import org.springframework.jdbc.core.JdbcTemplate;

/** Needs, referrals and waiting times, by calling the projection's handlers on a real database. */
class AssistanceProjectionTest {

    private static final String REF = "ALG-2026-000001";
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final Instant NOW = T0.plus(Duration.ofHours(50));

    private static JdbcTemplate jdbc;
    private AssistanceProjection projection;
    private AssistanceViews views;

    @BeforeAll
    static void database() {
        jdbc = ProjectionDatabase.migrated("victim_assistance_assistance_projection_test");
    }

    @BeforeEach
    void empty() {
        projection = new AssistanceProjection(jdbc);
        views = new AssistanceViews(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));
        projection.reset();
        jdbc.update("DELETE FROM victim_view");
        victim("victim-1", REF);
        victim("victim-2", REF);
        victim("victim-3", "ALG-2026-000002");
    }

    @Test
    void anOpenNeedHasWaitedUntilNow() {
        projection.on(new NeedIdentified("victim-1", "need-1", NeedKind.MEDICAL, T0));

        assertThat(views.needsOf("victim-1")).singleElement().satisfies(need -> {
            assertThat(need.open()).isTrue();
            assertThat(need.metAt()).isNull();
            assertThat(need.waited()).isEqualTo("PT50H");
            assertThat(need.waitedHours()).isEqualTo(50);
        });
    }

    @Test
    void aMetNeedWaitedUntilItsDelivery() {
        projection.on(new NeedIdentified("victim-1", "need-1", NeedKind.MEDICAL, T0));
        projection.on(new AssistanceReferred("victim-1", "referral-1", "need-1", NeedKind.MEDICAL, "Clinique", T0.plusSeconds(3600)));
        projection.on(new AssistanceDelivered("victim-1", REF, "referral-1", "need-1", NeedKind.MEDICAL, T0.plus(Duration.ofHours(5))));

        assertThat(views.needsOf("victim-1")).singleElement().satisfies(need -> {
            assertThat(need.open()).isFalse();
            assertThat(need.waitedHours()).isEqualTo(5);
        });
        assertThat(views.referralsOf("victim-1")).singleElement().satisfies(referral -> {
            assertThat(referral.status()).isEqualTo("DELIVERED");
            assertThat(referral.provider()).isEqualTo("Clinique");
            assertThat(referral.deliveredAt()).isEqualTo(T0.plus(Duration.ofHours(5)));
        });
    }

    @Test
    void aDeclinedReferralLeavesItsNeedOpen() {
        projection.on(new NeedIdentified("victim-1", "need-1", NeedKind.LEGAL, T0));
        projection.on(new AssistanceReferred("victim-1", "referral-1", "need-1", NeedKind.LEGAL, "Clinique Juridique", T0));
        projection.on(new AssistanceDeclined("victim-1", "referral-1", "need-1", NeedKind.LEGAL, DeclineReason.VICTIM_UNREACHABLE,
                T0.plusSeconds(60)));

        assertThat(views.referralsOf("victim-1")).extracting(AssistanceViews.ReferralView::status).containsExactly("DECLINED");
        assertThat(views.referralsOf("victim-1")).extracting(AssistanceViews.ReferralView::declineReason)
                .containsExactly("VICTIM_UNREACHABLE");
        assertThat(views.needsOf("victim-1")).extracting(AssistanceViews.NeedView::open).containsExactly(true);
        assertThat(views.openNeeds(REF, null, 0, 50)).singleElement()
                .satisfies(need -> assertThat(need.pendingReferralId()).isNull());
    }

    @Test
    void openNeedsAreListedLongestWaitingFirstAndFilteredByCaseAndKind() {
        projection.on(new NeedIdentified("victim-1", "need-1", NeedKind.SAFETY, T0.plusSeconds(7200)));
        projection.on(new NeedIdentified("victim-2", "need-2", NeedKind.MEDICAL, T0));
        projection.on(new NeedIdentified("victim-3", "need-3", NeedKind.MEDICAL, T0.minusSeconds(60)));
        projection.on(new NeedIdentified("victim-1", "need-4", NeedKind.LEGAL, T0.plusSeconds(60)));
        projection.on(new AssistanceReferred("victim-1", "referral-4", "need-4", NeedKind.LEGAL, "Clinique Juridique", T0));
        projection.on(new AssistanceDelivered("victim-1", REF, "referral-4", "need-4", NeedKind.LEGAL, T0.plusSeconds(120)));
        projection.on(new AssistanceReferred("victim-1", "referral-1", "need-1", NeedKind.SAFETY, "Refuge", T0.plusSeconds(7300)));

        assertThat(views.openNeeds(REF, null, 0, 50)).extracting(AssistanceViews.OpenNeed::needId).containsExactly("need-2", "need-1");
        assertThat(views.openNeeds(null, null, 0, 50)).extracting(AssistanceViews.OpenNeed::needId)
                .containsExactly("need-3", "need-2", "need-1");
        assertThat(views.openNeeds(null, "MEDICAL", 0, 50)).extracting(AssistanceViews.OpenNeed::needId).containsExactly("need-3", "need-2");
        assertThat(views.openNeeds(REF, "SAFETY", 0, 50)).singleElement()
                .satisfies(need -> assertThat(need.pendingReferralId()).isEqualTo("referral-1"));
        assertThat(views.openNeeds(null, null, 1, 2)).extracting(AssistanceViews.OpenNeed::needId).containsExactly("need-1");
    }

    @Test
    void anEventHandledTwiceChangesNothing() {
        NeedIdentified identified = new NeedIdentified("victim-1", "need-1", NeedKind.MEDICAL, T0);
        projection.on(identified);
        projection.on(identified);

        assertThat(views.needsOf("victim-1")).hasSize(1);
    }

    private static void victim(String victimId, String caseReference) {
        jdbc.update("""
                INSERT INTO victim_view (victim_id, case_reference, age_group, sex, share_with_investigators, registered_at, updated_at)
                VALUES (?, ?, 'ADULT', 'FEMALE', false, ?, ?)""", victimId, caseReference, Timestamp.from(T0), Timestamp.from(T0));
    }
}
