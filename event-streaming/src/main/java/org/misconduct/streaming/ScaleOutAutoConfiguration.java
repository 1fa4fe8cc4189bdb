package org.misconduct.streaming;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Several instances of an Axon service share its work: streaming processors in {@link ScaleOutProperties#segments()}
 * segments, spread over the instances Kafka's consumer group knows.
 */
@AutoConfiguration(after = {AxonAutoConfiguration.class, KafkaAutoConfiguration.class})
@ConditionalOnClass(ConfigurerModule.class)
@EnableConfigurationProperties(ScaleOutProperties.class)
public class ScaleOutAutoConfiguration {

    /** Static and bound by hand: it adjusts Axon's processor properties before anything reads them. */
    @Bean
    static StreamingProcessorScaling streamingProcessorScaling(Environment environment) {
        return new StreamingProcessorScaling(Binder.get(environment).bindOrCreate("misconduct.scale-out", ScaleOutProperties.class));
    }

    /** The event store as the pooled processors read it: called back when they have caught up. */
    @Bean(name = CaughtUpPolling.BEAN_NAME)
    @ConditionalOnBean(EventStore.class)
    CaughtUpPolling caughtUpPolling(EventStore eventStore, ScaleOutProperties scaleOut) {
        return new CaughtUpPolling(eventStore, scaleOut.caughtUpPoll());
    }

    @Bean
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processing, ObjectProvider<KafkaListenerEndpointRegistry> listeners,
                                    ObjectProvider<KafkaAdmin> admin, ScaleOutProperties scaleOut) {
        return new SegmentBalancer(processing, new InstanceShare(listeners, admin), scaleOut);
    }
}
