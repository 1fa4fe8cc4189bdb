package org.misconduct.integrity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies the chain in the background, a slice of at most {@code slice} global indexes at a time, each slice
 * going on from the link the one before verified; a pass ends at the chain's head, and the next starts again from
 * the beginning once the pass interval has gone by since it started. Bounded slices keep the hashing of a large store
 * from taking the database's cores for long at once. Exports the outcome: {@code misconduct_integrity_intact} is 1 once a pass ended with the history intact, 0
 * as soon as a slice finds it broken (a new pass then follows), NaN before either (and on instances that have not
 * run one). A broken chain is logged as an error with its global index and reason only: no content.
 */
public class ScheduledVerification {

    private static final Logger log = LoggerFactory.getLogger(ScheduledVerification.class);

    private final ChainVerifier verifier;
    private final CheckpointSource checkpoints;
    private final long slice;
    private final Duration passInterval;
    private final Clock clock;
    private final AtomicReference<IntegrityReport> last = new AtomicReference<>();

    public ScheduledVerification(ChainVerifier verifier, CheckpointSource checkpoints, long slice, Duration passInterval,
                                 Clock clock) {
        if (slice < 1) {
            throw new IllegalArgumentException("A slice of the verification covers at least one global index");
        }
        if (passInterval.isNegative()) {
            throw new IllegalArgumentException("The interval between the verification's passes cannot be negative");
        }
        this.verifier = verifier;
        this.checkpoints = checkpoints;
        this.slice = slice;
        this.passInterval = passInterval;
        this.clock = clock;
    }

    public void register(MeterRegistry registry) {
        Gauge.builder("misconduct.integrity.intact", this, ScheduledVerification::intact)
                .description("1 when the last pass of the background verification found the event store intact against its chain, 0 once a slice found it broken")
                .register(registry);
        Gauge.builder("misconduct.integrity.verified.events", this, ScheduledVerification::verifiedEvents)
                .description("Events covered by the last pass of the background verification of the event chain")
                .register(registry);
    }

    /**
     * Verifies the next slice of the pass and returns where the one after it starts. A new pass waits until the pass
     * interval has gone by since the one before started: a chain that one slice covers is not hashed again every few
     * seconds, while a long one is still verified slice after slice.
     */
    public VerificationPass run(VerificationPass pass) {
        VerificationPass current = pass == null ? VerificationPass.BEGINNING : pass;
        if (current.atBeginning()) {
            Instant now = clock.instant();
            if (current.passStarted() != null && now.isBefore(current.passStarted().plus(passInterval))) {
                return current;
            }
            current = current.startedAt(now);
        }
        Checkpoints published = checkpoints.published();
        ChainVerifier.VerifiedSlice verified = verifier.verifySlice(current.start(), slice, published);
        ChainVerification verification = verified.verification();
        long events = current.events() + verification.events();
        if (!verification.intact()) {
            last.set(new IntegrityReport(events, published.anchoredThrough(), false, verification.firstBroken()));
            BrokenLink broken = verification.firstBroken();
            log.error("Event chain broken: first at global index {}, reason {}", broken.globalIndex(), broken.reason().wireName());
        } else if (verified.reachedHead()) {
            last.set(new IntegrityReport(events, published.anchoredThrough(), true, null));
        }
        return verified.next().equals(ChainStart.BEGINNING) ? current.next()
                : VerificationPass.at(verified.next(), events, current.passStarted());
    }

    /** What the last pass found, or the slice that found the chain broken; null before either. */
    IntegrityReport lastOutcome() {
        return last.get();
    }

    double intact() {
        IntegrityReport report = last.get();
        return report == null ? Double.NaN : report.intact() ? 1 : 0;
    }

    double verifiedEvents() {
        IntegrityReport report = last.get();
        return report == null ? Double.NaN : report.events();
    }
}
