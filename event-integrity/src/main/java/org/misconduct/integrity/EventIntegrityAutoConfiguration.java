package org.misconduct.integrity;

import java.time.Clock;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.misconduct.contracts.Topics;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.streaming.PublicationProperties;
import org.misconduct.streaming.ScaleOutProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The extension of the service's event chain after commit, its verifier, its checkpoints on Kafka (published and read back), the background
 * verification and its meters. Both recurring tasks are db-scheduler tasks: one instance at a time runs each.
 */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(IntegrityProperties.class)
public class EventIntegrityAutoConfiguration {

    static final String VERIFICATION_TASK = "event-chain-verification";
    static final String CHECKPOINT_TASK = "event-chain-checkpoint";

    @Bean
    ChainVerifier chainVerifier(DataSource dataSource, IntegrityProperties properties) {
        return new ChainVerifier(dataSource, properties.verificationParallelism());
    }

    @Bean
    ChainExtension chainExtension(DataSource dataSource, IntegrityProperties properties) {
        return new ChainExtension(dataSource, properties.chainBatch(), properties.chainGapGrace());
    }

    @Bean
    ScheduledChainExtension scheduledChainExtension(ChainExtension extension, IntegrityProperties properties) {
        return new ScheduledChainExtension(extension, properties.chainInterval());
    }

    /** Declared where the service may create topics (development, tests); kept for ever, like the published events. */
    @Bean
    NewTopic integrityTopic(PublicationProperties publication, ScaleOutProperties scaleOut) {
        return TopicBuilder.name(Topics.INTEGRITY).partitions(publication.partitionsFor(scaleOut)).replicas(publication.replicas())
                .config("retention.ms", "-1").build();
    }

    @Bean
    KafkaCheckpoints kafkaCheckpoints(ConsumerFactory<Object, Object> consumers, CloudEventCodec codec,
                                      PublicationProperties publication, ChainVerifier verifier) {
        return new KafkaCheckpoints(consumers, codec, publication.source().toString(), verifier, publication.sendTimeout());
    }

    @Bean
    CheckpointPublication checkpointPublication(ChainVerifier verifier, KafkaCheckpoints checkpoints,
                                                KafkaTemplate<Object, Object> kafka, CloudEventCodec codec,
                                                PublicationProperties publication, ObjectProvider<Clock> clock) {
        return new CheckpointPublication(verifier, checkpoints, kafka, codec, publication.source(), publication.sendTimeout(),
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    EventIntegrity eventIntegrity(ChainVerifier verifier, KafkaCheckpoints checkpoints) {
        return new EventIntegrity(verifier, checkpoints);
    }

    @Bean
    @ConditionalOnWebApplication
    IntegrityController integrityController(EventIntegrity integrity) {
        return new IntegrityController(integrity);
    }

    @Bean
    ScheduledVerification scheduledVerification(ChainVerifier verifier, KafkaCheckpoints checkpoints,
                                                IntegrityProperties properties, ObjectProvider<MeterRegistry> registry,
                                                ObjectProvider<Clock> clock) {
        ScheduledVerification verification = new ScheduledVerification(verifier, checkpoints, properties.verificationSlice(),
                properties.verificationPassInterval(), clock.getIfAvailable(Clock::systemUTC));
        registry.ifAvailable(verification::register);
        return verification;
    }

    @Bean
    RecurringTask<VerificationPass> eventChainVerification(ScheduledVerification verification, IntegrityProperties properties) {
        return Tasks.recurring(VERIFICATION_TASK, Schedules.fixedDelay(properties.verificationInterval()), VerificationPass.class)
                .initialData(VerificationPass.BEGINNING)
                .executeStateful((instance, context) -> verification.run(instance.getData()));
    }

    @Bean
    RecurringTask<Void> eventChainCheckpoint(CheckpointPublication publication, IntegrityProperties properties) {
        return Tasks.recurring(CHECKPOINT_TASK, Schedules.fixedDelay(properties.checkpointInterval()))
                .execute((instance, context) -> publication.publish());
    }
}
