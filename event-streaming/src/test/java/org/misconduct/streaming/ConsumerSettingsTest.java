package org.misconduct.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.TestInfrastructure;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.KafkaMessageListenerContainer;
import org.springframework.kafka.listener.MessageListener;

class ConsumerSettingsTest {

    /** Well within a consumer's metadata refresh (five minutes), after which it would see new partitions anyway. */
    private static final Duration PROMPTLY = Duration.ofSeconds(30);
    private static final int PARTITIONS = 4;

    private final String bootstrap = TestInfrastructure.kafka().bootstrapServers();
    private final String topic = "consumer-settings-" + UUID.randomUUID();
    private final Set<Integer> partitionsReceived = ConcurrentHashMap.newKeySet();
    private KafkaMessageListenerContainer<Object, Object> container;

    @AfterEach
    void stop() {
        if (container != null) {
            container.stop();
        }
    }

    @Test
    void aConsumerStartedBeforeItsTopicIsDeclaredWaitsForItAndReadsEveryDeclaredPartition() throws Exception {
        subscribe();
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
            await("the topic left to its declaration").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> !admin.listTopics().names().get().contains(topic));

            admin.createTopics(List.of(new NewTopic(topic, PARTITIONS, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrap), new StringSerializer(), new StringSerializer())) {
            for (int partition = 0; partition < PARTITIONS; partition++) {
                producer.send(new ProducerRecord<>(topic, partition, "case-" + partition, "event")).get();
            }
        }

        await("an event from every partition").atMost(PROMPTLY)
                .untilAsserted(() -> assertThat(partitionsReceived).containsExactlyInAnyOrder(0, 1, 2, 3));
    }

    private void subscribe() {
        Map<String, Object> settings = new HashMap<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, topic));
        DefaultKafkaConsumerFactory<Object, Object> consumers = new DefaultKafkaConsumerFactory<>(settings);
        new EventStreamingAutoConfiguration().publishedEventConsumerSettings().customize(consumers);
        ContainerProperties properties = new ContainerProperties(topic);
        properties.setMessageListener((MessageListener<Object, Object>) record -> partitionsReceived.add(record.partition()));
        container = new KafkaMessageListenerContainer<>(consumers, properties);
        container.start();
    }
}
