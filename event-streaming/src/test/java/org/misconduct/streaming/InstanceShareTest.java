package org.misconduct.streaming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.TestInfrastructure;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;

class InstanceShareTest {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    private final String bootstrap = TestInfrastructure.kafka().bootstrapServers();
    private final String topic = "instance-share-" + UUID.randomUUID();
    private final String group = "instance-share-" + UUID.randomUUID();
    private final List<ConcurrentMessageListenerContainer<byte[], byte[]>> containers = new ArrayList<>();
    private final List<InstanceShare> shares = new ArrayList<>();

    @AfterEach
    void stop() {
        shares.forEach(InstanceShare::close);
        containers.forEach(ConcurrentMessageListenerContainer::stop);
    }

    @Test
    void anInstanceAloneHoldsTheWholeShareEvenBeforeItsConsumersSeeATopicsNewPartitions() throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
            InstanceShare share = instance();
            await("the only partition assigned").atMost(WITHIN).until(() -> share.fraction().isPresent());
            assertThat(share.fraction()).contains(1.0);

            admin.createPartitions(Map.of(topic, NewPartitions.increaseTo(4))).all().get();

            assertThat(share.fraction()).contains(1.0);
        }
    }

    @Test
    void twoInstancesOfOneGroupEachHoldHalf() throws Exception {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 4, (short) 1))).all().get();
            InstanceShare first = instance();
            InstanceShare second = instance();

            await("the partitions shared by both instances").atMost(WITHIN).untilAsserted(() -> {
                assertThat(first.fraction()).contains(0.5);
                assertThat(second.fraction()).contains(0.5);
            });
        }
    }

    /** One running instance: a listener container in the group, and the share it sees. */
    private InstanceShare instance() {
        ContainerProperties properties = new ContainerProperties(topic);
        properties.setGroupId(group);
        properties.setMessageListener((MessageListener<byte[], byte[]>) record -> { });
        ConcurrentMessageListenerContainer<byte[], byte[]> container = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                        new ByteArrayDeserializer(), new ByteArrayDeserializer()), properties);
        container.start();
        containers.add(container);
        KafkaListenerEndpointRegistry registry = mock(KafkaListenerEndpointRegistry.class);
        when(registry.getListenerContainers()).thenReturn(List.<MessageListenerContainer>of(container));
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("registry", registry);
        beans.addBean("admin", new KafkaAdmin(Map.of("bootstrap.servers", bootstrap)));
        InstanceShare share = new InstanceShare(beans.getBeanProvider(KafkaListenerEndpointRegistry.class),
                beans.getBeanProvider(KafkaAdmin.class));
        shares.add(share);
        return share;
    }
}
