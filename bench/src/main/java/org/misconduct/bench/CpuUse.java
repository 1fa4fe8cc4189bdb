package org.misconduct.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU time used so far by the processes on a benchmark's path, grouped: each service's JVM, the broker, the database
 * server's processes and the benchmark itself. Read from the operating system (user and system time of every thread),
 * so the difference of two readings divided by the work done between them is that work's CPU cost on this machine.
 * A database connection closed between the readings takes its time with it; the services keep theirs open in pools.
 */
final class CpuUse {

    private final Map<String, Duration> byGroup;

    private CpuUse(Map<String, Duration> byGroup) {
        this.byGroup = byGroup;
    }

    static CpuUse now() {
        Map<String, Duration> byGroup = new TreeMap<>();
        ProcessHandle.allProcesses().forEach(process -> groupOf(process).ifPresent(group -> byGroup.merge(group,
                process.info().totalCpuDuration().orElse(Duration.ZERO), Duration::plus)));
        return new CpuUse(byGroup);
    }

    /** Milliseconds of CPU per unit of work since {@code before}, by group and in total. */
    String perUnitSince(CpuUse before, long units) {
        if (units == 0) {
            return "no work done";
        }
        Map<String, Double> perUnit = new TreeMap<>();
        byGroup.forEach((group, used) -> perUnit.put(group,
                (used.minus(before.byGroup.getOrDefault(group, Duration.ZERO)).toNanos() / 1e6) / units));
        double total = perUnit.values().stream().mapToDouble(Double::doubleValue).sum();
        return perUnit.entrySet().stream().map(entry -> "%s %.1f".formatted(entry.getKey(), entry.getValue()))
                .collect(Collectors.joining(", ", "", ", total %.1f ms".formatted(total)));
    }

    private static Optional<String> groupOf(ProcessHandle process) {
        if (process.pid() == ProcessHandle.current().pid()) {
            return Optional.of("benchmark");
        }
        String commandLine = process.info().commandLine().orElse("");
        for (String service : new String[] {"intake", "investigation", "reporting", "victim-assistance"}) {
            if (commandLine.contains(service + "-service.jar")) {
                return Optional.of(service);
            }
        }
        if (commandLine.contains("java") && commandLine.contains("kafka")) {
            return Optional.of("broker");
        }
        if (process.info().command().orElse("").endsWith("/postgres")) {
            return Optional.of("database");
        }
        return Optional.empty();
    }
}
