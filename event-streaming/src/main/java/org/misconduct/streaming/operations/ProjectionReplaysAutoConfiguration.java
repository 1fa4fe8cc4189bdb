package org.misconduct.streaming.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Replays of the event processors' projections, in the services that keep their events in an Axon event store.
 * Reporting, whose projections are rebuilt from its ledger, turns it off ({@code misconduct.projections.event-processors=false}).
 */
@AutoConfiguration(afterName = "org.axonframework.springboot.autoconfig.AxonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(EventProcessingConfiguration.class)
@ConditionalOnProperty(name = "misconduct.projections.event-processors", matchIfMissing = true)
@Import(ProjectionReplaysController.class)
public class ProjectionReplaysAutoConfiguration {

    @Bean
    ProjectionReplays projectionReplays(EventProcessingConfiguration processing, EventStore eventStore) {
        return new ProjectionReplays(processing, eventStore);
    }
}
