package org.misconduct.streaming.operations;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.GenericMessageListener;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Hands a record again to the listener that consumes its topic in this service, on the caller's thread: the listener
 * runs as for any delivery (its inbox skips an event it handled before), and a failure comes back to the caller
 * instead of going to the dead-letter topic once more.
 */
class KafkaRedelivery {

    private static final Logger log = LoggerFactory.getLogger(KafkaRedelivery.class);

    private final KafkaListenerEndpointRegistry listeners;

    KafkaRedelivery(KafkaListenerEndpointRegistry listeners) {
        this.listeners = listeners;
    }

    /** The topics this service consumes. */
    List<String> sources() {
        return listeners.getListenerContainers().stream()
                .map(container -> container.getContainerProperties().getTopics())
                .filter(Objects::nonNull)
                .flatMap(Arrays::stream)
                .distinct()
                .toList();
    }

    /** @return whether the listener handled it without failing */
    @SuppressWarnings({"unchecked", "rawtypes"})
    boolean redeliver(ConsumerRecord<String, byte[]> record) {
        GenericMessageListener listener = listeners.getListenerContainers().stream()
                .filter(container -> consumes(container, record.topic()))
                .map(container -> container.getContainerProperties().getMessageListener())
                .filter(GenericMessageListener.class::isInstance)
                .map(GenericMessageListener.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No listener consumes " + record.topic()));
        try {
            listener.onMessage(record, null, null);
            return true;
        } catch (RuntimeException e) {
            log.warn("Retrying the dead letter from {} offset {} failed again: {}", record.topic(), record.offset(),
                    e.getClass().getSimpleName());
            return false;
        }
    }

    private static boolean consumes(MessageListenerContainer container, String topic) {
        String[] topics = container.getContainerProperties().getTopics();
        return topics != null && Arrays.asList(topics).contains(topic);
    }
}
