package org.misconduct.reporting.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A horizontal bar chart laid out on the server, drawn as SVG without script: each bar's segments
 * sit on a 0..100 scale, the longest bar filling it.
 */
record BarChart(List<Bar> bars, List<String> keys) {

    record Bar(String label, long total, List<Segment> segments) {
    }

    record Segment(String key, long count, double x, double width) {
    }

    /** One bar per label, each made of one segment per key (in the order of {@code keys}). */
    static BarChart stacked(Map<String, Map<String, Long>> countsByLabel, List<String> keys) {
        long longest = countsByLabel.values().stream().mapToLong(BarChart::sum).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        countsByLabel.forEach((label, counts) -> {
            List<Segment> segments = new ArrayList<>();
            double x = 0;
            for (String key : keys) {
                long count = counts.getOrDefault(key, 0L);
                if (count > 0) {
                    double width = 100.0 * count / longest;
                    segments.add(new Segment(key, count, round(x), round(width)));
                    x += width;
                }
            }
            bars.add(new Bar(label, sum(counts), segments));
        });
        return new BarChart(bars, keys);
    }

    /** One single-segment bar per label, in the order of the map. */
    static BarChart simple(Map<String, Long> counts) {
        long longest = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        counts.forEach((label, count) -> bars.add(new Bar(label, count, count > 0
                ? List.of(new Segment(label, count, 0, round(100.0 * count / longest))) : List.of())));
        return new BarChart(bars, List.copyOf(counts.keySet()));
    }

    private static long sum(Map<String, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
