package org.misconduct.streaming;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.AbstractMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * One dead-letter topic per topic this service consumes, {@code <topic>.<service>.dlt}, kept for ever: a letter waits
 * there until someone handles it. Declared before the listeners start, and counted as the gauge
 * {@code misconduct.dead.letters{source=<topic>}}: the letters not yet marked handled, read from Kafka so that every
 * instance reports the same figure and a restart forgets nothing.
 */
public class DeadLetterTopics implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterTopics.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final KafkaAdmin kafkaAdmin;
    private final boolean declares;
    private final KafkaListenerEndpointRegistry listeners;
    private final MeterRegistry meters;
    private final String application;
    private volatile boolean running;
    private AdminClient admin;

    /** @param declares false where the deployment declares the topics itself ({@code spring.kafka.admin.auto-create=false}) */
    public DeadLetterTopics(KafkaAdmin kafkaAdmin, boolean declares, KafkaListenerEndpointRegistry listeners,
                            MeterRegistry meters, String application) {
        this.kafkaAdmin = kafkaAdmin;
        this.declares = declares;
        this.listeners = listeners;
        this.meters = meters;
        this.application = application;
    }

    /** Where the records of {@code topic} go that this service cannot handle. */
    public static String of(String topic, String application) {
        return topic + "." + application + ".dlt";
    }

    @Override
    public void start() {
        List<String> sources = listeners.getListenerContainers().stream()
                .map(MessageListenerContainer::getContainerProperties)
                .map(ContainerProperties::getTopics)
                .filter(Objects::nonNull)
                .flatMap(Arrays::stream)
                .distinct()
                .toList();
        declare(sources);
        sources.forEach(source -> Gauge.builder("misconduct.dead.letters", () -> waiting(of(source, application)))
                .description("Records of a consumed topic this service could not handle and nobody has handled since")
                .tag("source", source)
                .register(meters));
        running = true;
    }

    /** Creates each dead-letter topic, or sets an existing one's retention to for ever; Kafka being away delays nothing. */
    private void declare(List<String> sources) {
        if (sources.isEmpty() || !declares) {
            return;
        }
        KafkaAdmin declaring = new KafkaAdmin(kafkaAdmin.getConfigurationProperties());
        declaring.setModifyTopicConfigs(true);
        declaring.setOperationTimeout((int) TIMEOUT.toSeconds());
        try {
            declaring.createOrModifyTopics(sources.stream()
                    .map(source -> TopicBuilder.name(of(source, application))
                            .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                            .build())
                    .toArray(NewTopic[]::new));
        } catch (RuntimeException e) {
            log.warn("Could not declare the dead-letter topics of {}: {}", sources, e.toString());
        }
    }

    /**
     * The letters the dead-letter topic holds that nobody has marked handled yet; not a number while Kafka does not
     * answer. Handled means before the offsets the group {@code <service>-dead-letters} committed, which operators
     * advance with {@code kafka-consumer-groups.sh --reset-offsets} once they have dealt with the letters before it.
     */
    double waiting(String deadLetterTopic) {
        try {
            AdminClient admin = admin();
            Map<String, TopicDescription> described = admin.describeTopics(List.of(deadLetterTopic)).allTopicNames()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            List<TopicPartition> partitions = described.values().stream()
                    .flatMap(topic -> topic.partitions().stream().map(p -> new TopicPartition(topic.name(), p.partition())))
                    .toList();
            Map<TopicPartition, Long> ends = offsets(admin, partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> starts = offsets(admin, partitions, OffsetSpec.earliest());
            Map<TopicPartition, OffsetAndMetadata> handled = admin.listConsumerGroupOffsets(handledGroup(application))
                    .partitionsToOffsetAndMetadata().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return partitions.stream().mapToLong(partition -> {
                OffsetAndMetadata mark = handled.get(partition);
                long from = Math.max(starts.get(partition), mark == null ? 0 : mark.offset());
                return Math.max(0, ends.get(partition) - from);
            }).sum();
        } catch (ExecutionException e) {
            return e.getCause() instanceof UnknownTopicOrPartitionException ? 0 : Double.NaN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        } catch (TimeoutException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** The consumer group whose committed offsets mark the letters before them as handled. */
    public static String handledGroup(String application) {
        return application + "-dead-letters";
    }

    private static Map<TopicPartition, Long> offsets(AdminClient admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws ExecutionException, InterruptedException, TimeoutException {
        return admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> spec))).all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().offset()));
    }

    private synchronized AdminClient admin() {
        if (admin == null) {
            admin = AdminClient.create(kafkaAdmin.getConfigurationProperties());
        }
        return admin;
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (admin != null) {
            admin.close(TIMEOUT);
            admin = null;
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the listener containers, so that no letter is written to a topic the broker would create on its own. */
    @Override
    public int getPhase() {
        return AbstractMessageListenerContainer.DEFAULT_PHASE - 1;
    }
}
