package org.misconduct.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Kafka's {@code kafka-consumer-perf-test} ({@code org.apache.kafka.tools.ConsumerPerformance}) in a JVM of its own,
 * as the script runs it: a fresh consumer group reads the topic from the start.
 */
final class ConsumerPerformance {

    private ConsumerPerformance() {
    }

    /** Records per second over the whole run ({@code nMsg.sec}, rebalance included, as the tool reports it). */
    static double messagesPerSecond(String bootstrapServers, String topic, long messages) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process tool = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ConsumerPerformance", "--bootstrap-server", bootstrapServers, "--topic", topic,
                "--messages", Long.toString(messages), "--group", "bench-" + UUID.randomUUID(), "--timeout", "60000"))
                .redirectErrorStream(true).start();
        String output = new String(tool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (tool.waitFor() != 0) {
            throw new IllegalStateException("kafka-consumer-perf-test failed: " + output);
        }
        List<String> lines = output.lines().filter(line -> !line.isBlank() && !line.contains(" INFO ") && !line.contains(" WARN ")).toList();
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("start.time")) {
                header = i;
            }
        }
        if (header < 0 || header + 1 >= lines.size()) {
            throw new IllegalStateException("Unexpected kafka-consumer-perf-test output: " + output);
        }
        List<String> names = List.of(lines.get(header).split(",\\s*"));
        String[] values = lines.get(header + 1).split(",\\s*");
        return Double.parseDouble(values[names.indexOf("nMsg.sec")].trim());
    }
}
