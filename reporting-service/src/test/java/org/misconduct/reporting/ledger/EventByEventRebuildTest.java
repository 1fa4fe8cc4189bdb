package org.misconduct.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.streaming.ReceivedEvent;

class EventByEventRebuildTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-01T08:00:00Z");

    private final List<String> projected = new ArrayList<>();
    private final List<Runnable> queued = new ArrayList<>();
    private final Projection projection = new Projection() {
        @Override
        public void project(ReceivedEvent event) {
            projected.add(event.id());
        }

        @Override
        public void lock() {
        }

        @Override
        public void reset() {
        }
    };
    private final RebuildTransaction transaction = new RebuildTransaction() {
        @Override
        public void write(Runnable work) {
            queued.add(work);
        }

        @Override
        public <T> T read(Supplier<T> work) {
            throw new AssertionError("nothing is read back");
        }
    };

    @Test
    void everyEventIsProjectedInTheTransactionInTheLedgersOrderByTheEndOfTheRebuild() {
        Projection.Rebuild rebuild = projection.rebuilding(transaction);
        List<ReceivedEvent> events = IntStream.rangeClosed(1, 1_201).mapToObj(EventByEventRebuildTest::registered).toList();

        events.forEach(rebuild::apply);
        assertThat(projected).as("nothing is projected outside the transaction").isEmpty();
        rebuild.finish();
        queued.forEach(Runnable::run);

        assertThat(queued).as("a batch of events at a time").hasSize(3);
        assertThat(projected).isEqualTo(events.stream().map(ReceivedEvent::id).toList());
    }

    private static ReceivedEvent registered(int number) {
        String caseReference = "ALG-2026-%06d".formatted(number);
        return new ReceivedEvent(caseReference + "-registered", "AllegationRegistered", "/intake-service", RECEIVED,
                new AllegationRegistered(caseReference, "MINUSCA", "WEB", "MC", "XAA", 1, false, RECEIVED));
    }
}
