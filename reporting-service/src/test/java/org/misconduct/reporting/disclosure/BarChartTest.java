package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void theLongestSimpleBarFillsTheScaleAndTheOthersAreInProportion() {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("XAA", 4L);
        counts.put("XAB", 1L);
        counts.put("XAC", 0L);

        BarChart chart = BarChart.simple(counts);

        assertThat(chart.bars()).extracting(BarChart.Bar::label).containsExactly("XAA", "XAB", "XAC");
        assertThat(chart.bars().get(0).segments()).containsExactly(new BarChart.Segment("XAA", 4, 0, 100.0));
        assertThat(chart.bars().get(1).segments()).containsExactly(new BarChart.Segment("XAB", 1, 0, 25.0));
        assertThat(chart.bars().get(2).segments()).as("nothing drawn for none").isEmpty();
        assertThat(chart.bars()).extracting(BarChart.Bar::total).containsExactly(4L, 1L, 0L);
    }

    @Test
    void aStackedBarsSegmentsFollowTheKeysOneAfterAnother() {
        Map<String, Map<String, Long>> byYear = new LinkedHashMap<>();
        byYear.put("2025", Map.of("MC", 3L, "FPU", 1L));
        byYear.put("2026", Map.of("FPU", 2L));

        BarChart chart = BarChart.stacked(byYear, List.of("MC", "FPU", "UNPOL"));

        assertThat(chart.bars().get(0).segments()).containsExactly(new BarChart.Segment("MC", 3, 0, 75.0),
                new BarChart.Segment("FPU", 1, 75.0, 25.0));
        assertThat(chart.bars().get(1).segments()).containsExactly(new BarChart.Segment("FPU", 2, 0, 50.0));
    }
}
