package org.misconduct.system;

import java.util.Optional;

/** Reads one sample out of the Prometheus text exposition format. */
final class PrometheusText {

    private PrometheusText() {
    }

    /** The value of the first sample of the meter whose labels contain the given ones ({@code ""} for any). */
    static Optional<Double> value(String exposition, String meter, String labels) {
        return exposition.lines()
                .filter(line -> line.startsWith(meter + "{") || line.startsWith(meter + " "))
                .filter(line -> line.contains(labels))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
