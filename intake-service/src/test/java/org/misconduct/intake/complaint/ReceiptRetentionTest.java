package org.misconduct.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.testinfra.MigratedDatabase;
import org.misconduct.testinfra.MovableClock;
import org.misconduct.testinfra.ServiceTestProperties;
import org.springframework.jdbc.core.JdbcTemplate;

/** The receipts kept for retried submissions, on real PostgreSQL with a clock the test moves. */
class ReceiptRetentionTest {

    private static final Duration RETENTION = Duration.ofHours(1);
    private static final JdbcTemplate JDBC = MigratedDatabase.of("intake_receipts_it",
            "classpath:db/axon", "classpath:db/streaming", "classpath:db/personal-data", "classpath:db/intake");

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-02T08:00:00Z"));
    private final IdempotentSubmissions submissions = new IdempotentSubmissions(JDBC,
            PersonalDataVault.over(JDBC.getDataSource(), ServiceTestProperties.newPersonalDataKey()),
            new ObjectMapper().registerModule(new JavaTimeModule()), new IntakeProperties(List.of("MINUSCA"), RETENTION), clock);
    private final ExpiredReceipts expiredReceipts = new ExpiredReceipts(JDBC, clock);
    private final AtomicInteger registrations = new AtomicInteger();

    @Test
    void expiredReceiptsAreDeletedAndFreshOnesStay() {
        String expiring = key("expiring");
        submit(expiring, "first");
        clock.advance(Duration.ofMinutes(30));
        String fresh = key("fresh");
        submit(fresh, "second");

        clock.advance(Duration.ofMinutes(30));
        int deleted = expiredReceipts.deleteExpired();

        assertThat(deleted).as("only the one past its retention").isOne();
        assertThat(storedKeys()).contains(fresh).doesNotContain(expiring);
        assertThat(JDBC.queryForObject("SELECT sealed_follow_up_code FROM complaint_idempotency WHERE idempotency_key = ?",
                String.class, fresh)).as("kept sealed, never as typed").startsWith("pd1:");
    }

    @Test
    void aRetryWithinTheRetentionGetsTheFirstReceiptAndOneAfterItRegistersAnew() {
        String key = key("retried");
        ComplaintReceipt first = submit(key, "retried");
        clock.advance(RETENTION.minusSeconds(1));

        assertThat(submit(key, "retried")).isEqualTo(first);
        assertThat(registrations).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        ComplaintReceipt afterRetention = submit(key, "retried");

        assertThat(afterRetention).as("the expired receipt, not yet swept, is not given again").isNotEqualTo(first);
        assertThat(registrations).hasValue(2);
    }

    @Test
    void theSweepIsADurableRecurringTask() {
        assertThat(expiredReceipts.expiredReceiptDeletion().getName()).isEqualTo(ExpiredReceipts.TASK);
    }

    private ComplaintReceipt submit(String key, String text) {
        ComplaintSubmission complaint = new ComplaintSubmission("MINUSCA", "A complaint to retry: " + text, "en", null, null,
                null, null, null, null, null, null);
        return submissions.once(key, complaint, () -> {
            int number = registrations.incrementAndGet();
            ComplaintReceipt receipt = new ComplaintReceipt("ALG-2026-%06d".formatted(number), "CODE-" + number + "-" + key, clock.instant());
            return new ComplaintIntake.Registration(receipt, "complainant-" + key + "-" + number);
        });
    }

    private String key(String name) {
        return name + "-" + System.nanoTime();
    }

    private static List<String> storedKeys() {
        return JDBC.queryForList("SELECT idempotency_key FROM complaint_idempotency", String.class);
    }
}
