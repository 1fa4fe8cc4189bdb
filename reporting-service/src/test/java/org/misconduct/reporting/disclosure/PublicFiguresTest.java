package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Ticker;
import org.junit.jupiter.api.Test;

class PublicFiguresTest {

    private static final Duration MAX_AGE = Duration.ofSeconds(10);
    private static final PublicFilter YEAR = new PublicFilter(2025, null, null, null, null);

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final Executor laterInTheBackground = background::add;
    private final CountingSummaries counts = new CountingSummaries();

    @Test
    void figuresYoungerThanHalfTheMaximumAgeAreNotCountedAgain() {
        PublicFigures figures = new PublicFigures(counts, MAX_AGE, ticker, laterInTheBackground);

        assertThat(figures.trend(YEAR)).isEqualTo(counted(1));
        advance(Duration.ofSeconds(4));

        assertThat(figures.trend(YEAR)).isEqualTo(counted(1));
        runBackground();
        assertThat(counts.passes).isEqualTo(1);
    }

    @Test
    void figuresHalfTheMaximumAgeAreServedWhileCountedAgainInTheBackground() {
        PublicFigures figures = new PublicFigures(counts, MAX_AGE, ticker, laterInTheBackground);
        figures.trend(YEAR);
        advance(Duration.ofSeconds(6));

        assertThat(figures.trend(YEAR)).isEqualTo(counted(1));
        runBackground();

        assertThat(figures.trend(YEAR)).isEqualTo(counted(2));
    }

    @Test
    void figuresOlderThanTheMaximumAgeAreNeverServed() {
        PublicFigures figures = new PublicFigures(counts, MAX_AGE, ticker, laterInTheBackground);
        figures.trend(YEAR);
        advance(MAX_AGE.plusSeconds(1));

        assertThat(figures.trend(YEAR)).isEqualTo(counted(2));
        runBackground();
        assertThat(counts.passes).isEqualTo(2);
    }

    @Test
    void eachFilterHasFiguresOfItsOwn() {
        PublicFigures figures = new PublicFigures(counts, MAX_AGE, ticker, laterInTheBackground);

        figures.trend(YEAR);
        figures.trend(PublicFilter.EVERYTHING);

        assertThat(counts.passes).isEqualTo(2);
    }

    @Test
    void aMaximumAgeOfZeroCountsForEveryAnswer() {
        PublicFigures figures = new PublicFigures(counts, Duration.ZERO, ticker, laterInTheBackground);

        figures.trend(YEAR);

        assertThat(figures.trend(YEAR)).isEqualTo(counted(2));
    }

    private void advance(Duration by) {
        nanos.addAndGet(by.toNanos());
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.remove().run();
        }
    }

    private static Map<String, Map<String, Long>> counted(long pass) {
        return Map.of("pass", Map.of("n", pass));
    }

    /** Counts how often the figures were computed; the n-th pass answers n. */
    private static final class CountingSummaries extends PublicSummaries {

        int passes;

        CountingSummaries() {
            super(null);
        }

        @Override
        Map<String, Map<String, Long>> trend(PublicFilter filter) {
            return counted(++passes);
        }
    }
}
