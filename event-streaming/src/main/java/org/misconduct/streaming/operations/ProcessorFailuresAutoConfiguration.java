package org.misconduct.streaming.operations;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * No event processor skips an event it failed on: a processor with a dead-letter queue ({@code dlq.enabled}) queues the
 * event and the rest of its sequence there, every other one propagates the failure. A subscribing processor thereby
 * fails the command whose transaction it shares; a tracking or pooled one retries the event, backing off, until it
 * succeeds. Axon's own default (log and go on) is never in force. A transient failure is never queued: the processor
 * retries it like any propagated one ({@link TransientFailuresRetried}), and one whose statement the database refused
 * is queued from a savepoint ({@link AbortedHandlings}).
 */
@AutoConfiguration
@ConditionalOnClass(ConfigurerModule.class)
public class ProcessorFailuresAutoConfiguration {

    @Bean
    AbortedHandlings abortedHandlings() {
        return new AbortedHandlings();
    }

    @Bean
    HandlerEnhancerDefinition savepointForRetriedEvents(AbortedHandlings aborted,
            ObjectProvider<PlatformTransactionManager> transactions) {
        return new SavepointForRetriedEvents(aborted, transactions);
    }

    @Bean
    ConfigurerModule processorFailuresPropagate(AbortedHandlings aborted) {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(configuration -> PropagatingErrorHandler.instance())
                .registerDefaultDeadLetterPolicy(configuration -> new TransientFailuresRetried(aborted));
    }
}
