package org.misconduct.reporting.disclosure;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;
import jakarta.annotation.PreDestroy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The public figures as the public pages show them: counted by {@link PublicSummaries} at most once per filter while
 * they are younger than {@code misconduct.disclosure.figures-max-age}. Each count is a pass over every disclosed row,
 * so without this every anonymous request would cost that pass. Once half that age, the next request is answered
 * with the figures held while they are counted again in the background; figures older than the maximum are never
 * served. The rows themselves are never held: a page of rows is always read afresh.
 */
@Component
class PublicFigures {

    /** Filters held at once; each filter is a few codes, so any more come from someone walking every combination. */
    private static final int FILTERS_HELD = 1_000;

    private final ExecutorService counting = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "public-figures");
        thread.setDaemon(true);
        return thread;
    });
    private final Function<PublicFilter, PublicSummary> summaries;
    private final Function<PublicFilter, Map<String, Map<String, Long>>> trends;
    private final Function<Boolean, PublicFilterOptions> options;

    @Autowired
    PublicFigures(PublicSummaries counts, PublicDisclosureProperties properties) {
        this(counts, properties.figuresMaxAge(), Ticker.systemTicker(), null);
    }

    /** @param executor where figures are counted again in the background; {@code null} for a thread of its own */
    PublicFigures(PublicSummaries counts, Duration maxAge, Ticker ticker, Executor executor) {
        Executor background = executor == null ? counting : executor;
        this.summaries = held(counts::of, maxAge, ticker, background);
        this.trends = held(counts::trend, maxAge, ticker, background);
        this.options = held(every -> counts.options(), maxAge, ticker, background);
    }

    PublicSummary of(PublicFilter filter) {
        return summaries.apply(filter);
    }

    Map<String, Map<String, Long>> trend(PublicFilter filter) {
        return trends.apply(filter);
    }

    PublicFilterOptions options() {
        return options.apply(Boolean.TRUE);
    }

    private static <K, V> Function<K, V> held(Function<K, V> count, Duration maxAge, Ticker ticker, Executor background) {
        if (maxAge.isZero()) {
            return count;
        }
        Duration half = maxAge.dividedBy(2);
        LoadingCache<K, V> held = Caffeine.newBuilder()
                .maximumSize(FILTERS_HELD)
                .expireAfterWrite(maxAge)
                .refreshAfterWrite(half.isZero() ? maxAge : half)
                .ticker(ticker)
                .executor(background)
                .build(count::apply);
        return held::get;
    }

    @PreDestroy
    void stop() {
        counting.shutdownNow();
    }
}
