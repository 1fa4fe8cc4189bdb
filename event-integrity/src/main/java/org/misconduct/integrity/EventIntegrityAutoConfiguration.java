package org.misconduct.integrity;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The verifier of the service's event chain, its background verification (a db-scheduler task, so one instance at a
 * time walks the store) and its meters.
 */
@AutoConfiguration
@EnableConfigurationProperties(IntegrityProperties.class)
public class EventIntegrityAutoConfiguration {

    static final String VERIFICATION_TASK = "event-chain-verification";

    @Bean
    ChainVerifier chainVerifier(DataSource dataSource) {
        return new ChainVerifier(dataSource);
    }

    @Bean
    @ConditionalOnMissingBean
    CheckpointSource noCheckpoints() {
        return () -> Checkpoints.NONE;
    }

    @Bean
    EventIntegrity eventIntegrity(ChainVerifier verifier, CheckpointSource checkpoints) {
        return new EventIntegrity(verifier, checkpoints);
    }

    @Bean
    ScheduledVerification scheduledVerification(EventIntegrity integrity, ObjectProvider<MeterRegistry> registry) {
        ScheduledVerification verification = new ScheduledVerification(integrity);
        registry.ifAvailable(verification::register);
        return verification;
    }

    @Bean
    RecurringTask<Void> eventChainVerification(ScheduledVerification verification, IntegrityProperties properties) {
        return Tasks.recurring(VERIFICATION_TASK, Schedules.fixedDelay(properties.verificationInterval()))
                .execute((instance, context) -> verification.run());
    }
}
