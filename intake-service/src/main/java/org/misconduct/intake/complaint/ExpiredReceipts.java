package org.misconduct.intake.complaint;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deletes the receipts kept for retried submissions once their retention has passed: each holds a follow-up code,
 * sealed, that should not wait in the database longer than a retry needs. A db-scheduler task, so with several
 * instances one at a time does the sweep.
 */
@Configuration(proxyBeanMethods = false)
class ExpiredReceipts {

    static final String TASK = "expired-receipt-deletion";
    /** Small beside the retention, so a receipt outlives it by a minute at most. */
    private static final Duration SWEEP_INTERVAL = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExpiredReceipts(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Bean
    RecurringTask<Void> expiredReceiptDeletion() {
        return Tasks.recurring(TASK, Schedules.fixedDelay(SWEEP_INTERVAL)).execute((instance, context) -> deleteExpired());
    }

    /** @return how many expired receipts were deleted */
    int deleteExpired() {
        return jdbc.update("DELETE FROM complaint_idempotency WHERE expires_at <= ?", Timestamp.from(clock.instant()));
    }
}
