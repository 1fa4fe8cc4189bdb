package org.misconduct.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.testinfra.PostgresDatabase;
import org.misconduct.testinfra.RawTables;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Looks for canaries where data goes, the way someone with access to that place would, and says
 * exactly where each was found: topic, partition and offset; table and column; log file and line; URL.
 */
final class CanarySearch {

    /** One canary in one place. */
    record Finding(Canary canary, String where) {

        @Override
        public String toString() {
            return canary + " found in " + where;
        }
    }

    private final List<Finding> findings = new ArrayList<>();

    List<Finding> findings() {
        return List.copyOf(findings);
    }

    void found(Canary canary, String where) {
        findings.add(new Finding(canary, where));
    }

    /** Every record of the topic: key, value and headers, as bytes. */
    void topic(String topic, List<Canary> canaries) {
        for (ConsumerRecord<String, byte[]> record : TopicRecords.everything(topic)) {
            String at = "Kafka topic " + topic + " partition " + record.partition() + " offset " + record.offset();
            for (Canary canary : canaries) {
                byte[] needle = bytes(canary.needle());
                if (record.key() != null && contains(bytes(record.key()), needle)) {
                    found(canary, at + " (key)");
                }
                if (record.value() != null && contains(record.value(), needle)) {
                    found(canary, at + " (value)");
                }
                for (Header header : record.headers()) {
                    if (header.value() != null && contains(header.value(), needle)) {
                        found(canary, at + " (header " + header.key() + ")");
                    }
                }
            }
        }
    }

    /** Every table and column of the database. */
    void database(String name, DataSource dataSource, List<Canary> canaries) {
        for (Canary canary : canaries) {
            for (String column : RawTables.columnsContaining(dataSource, canary.needle())) {
                found(canary, "database " + name + " column " + column);
            }
        }
    }

    /** Every line of a log file. */
    void logFile(Path file, List<Canary> canaries) {
        String[] lines;
        try {
            lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        for (int line = 0; line < lines.length; line++) {
            for (Canary canary : canaries) {
                if (lines[line].contains(canary.needle())) {
                    found(canary, "log " + file + " line " + (line + 1) + ": " + abbreviated(lines[line]));
                }
            }
        }
    }

    /** A body served to someone. */
    void body(String where, String body, List<Canary> canaries) {
        for (Canary canary : canaries) {
            if (body != null && body.contains(canary.needle())) {
                found(canary, where);
            }
        }
    }

    /** The names of every topic of the broker but Kafka's own. */
    static List<String> topics(String bootstrapServers) {
        Map<String, Object> settings = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            return new ArrayList<>(new TreeSet<>(consumer.listTopics(Duration.ofSeconds(30)).keySet()).stream()
                    .filter(Predicate.not(topic -> topic.startsWith("__")))
                    .toList());
        }
    }

    static DataSource dataSource(PostgresDatabase database) {
        return new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static String abbreviated(String line) {
        return line.length() <= 300 ? line.strip() : line.substring(0, 300).strip() + " ...";
    }

    /** What a failure says: every canary and exactly where it was found. */
    static String describe(List<Finding> findings) {
        return findings.size() + " plain-text cop" + (findings.size() == 1 ? "y" : "ies") + " of planted personal data:\n  "
                + findings.stream().map(Finding::toString).collect(Collectors.joining("\n  "));
    }
}
