package org.misconduct.investigation.screening.bulk;

import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.misconduct.contracts.codes.ScreeningPurpose;
import org.misconduct.investigation.screening.Screening;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.concurrent.CustomizableThreadFactory;
import org.springframework.stereotype.Component;

/**
 * Screens the people of an accepted list one after the other, away from the request that brought it: each is checked
 * and recorded exactly as a single check is, then their row's outcome is stored and the progress counted.
 */
@Component
class BulkScreeningRunner {

    private static final Logger LOG = LoggerFactory.getLogger(BulkScreeningRunner.class);

    private final Screening screening;
    private final BulkScreenings screenings;
    private final Clock clock;
    private final ExecutorService workers;

    BulkScreeningRunner(Screening screening, BulkScreenings screenings, Clock clock, BulkScreeningProperties properties) {
        this.screening = screening;
        this.screenings = screenings;
        this.clock = clock;
        this.workers = Executors.newFixedThreadPool(properties.workers(), new CustomizableThreadFactory("bulk-screening-"));
    }

    void start(String jobId, String requestedBy, ScreeningPurpose purpose, List<PersonToScreen> people) {
        workers.execute(() -> run(jobId, requestedBy, purpose, people));
    }

    private void run(String jobId, String requestedBy, ScreeningPurpose purpose, List<PersonToScreen> people) {
        int done = 0;
        try {
            for (PersonToScreen person : people) {
                screenings.record(jobId, person.row(), screening.check(requestedBy, purpose, person.blindIndexes()), clock.instant());
                done++;
            }
            screenings.complete(jobId, clock.instant());
        } catch (RuntimeException failure) {
            // The job and counts only: the failure concerns a check, whose command carries no identifier either.
            LOG.warn("Bulk screening {} stopped after {} of {} people", jobId, done, people.size(), failure);
            screenings.fail(jobId, clock.instant());
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
    }
}
