package org.misconduct.integrity;

import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Verifies the chain in the background and exports the outcome: {@code misconduct_integrity_intact} is 1 while the
 * last verification found the history intact, 0 once one found it broken, NaN before the first (and on instances
 * that have not run one). A broken chain is logged as an error with its global index and reason only: no content.
 */
public class ScheduledVerification {

    private static final Logger log = LoggerFactory.getLogger(ScheduledVerification.class);

    private final EventIntegrity integrity;
    private final AtomicReference<IntegrityReport> last = new AtomicReference<>();

    public ScheduledVerification(EventIntegrity integrity) {
        this.integrity = integrity;
    }

    public void register(MeterRegistry registry) {
        Gauge.builder("misconduct.integrity.intact", this, ScheduledVerification::intact)
                .description("1 when the last verification found the event store intact against its chain, 0 when broken")
                .register(registry);
        Gauge.builder("misconduct.integrity.verified.events", this, ScheduledVerification::verifiedEvents)
                .description("Events covered by the last verification of the event chain")
                .register(registry);
    }

    public IntegrityReport run() {
        IntegrityReport report = integrity.report();
        last.set(report);
        if (!report.intact()) {
            BrokenLink broken = report.firstBroken();
            log.error("Event chain broken: first at global index {}, reason {}; {} events in the store",
                    broken.globalIndex(), broken.reason().wireName(), report.events());
        }
        return report;
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
