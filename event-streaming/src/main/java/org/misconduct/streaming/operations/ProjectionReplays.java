package org.misconduct.streaming.operations;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;
import org.misconduct.streaming.KafkaPublication;

/**
 * The service's projections are its streaming event processors that allow a reset, publication excepted (policies
 * carry {@code @DisallowReplay}). A replay stops the processor here, resets its tokens (the projections' reset handlers
 * empty their tables), drops its dead letters (the replay handles their events again) and starts it: it rebuilds from
 * the first event while the service keeps serving.
 */
public class ProjectionReplays {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    ProjectionReplays(EventProcessingConfiguration processing, EventStore eventStore) {
        this.processing = processing;
        this.eventStore = eventStore;
    }

    public List<ProjectionStatus> status() {
        Long head = positionOf(eventStore.createHeadToken());
        return processing.eventProcessors().keySet().stream().sorted()
                .filter(this::isProjection)
                .map(name -> status(name, streaming(name), head))
                .toList();
    }

    public ProjectionStatus replay(String name) {
        if (!isProjection(name)) {
            throw new NotFound("No projection is named " + name);
        }
        StreamingEventProcessor processor = streaming(name);
        if (processor.isReplaying()) {
            throw new RuleViolation("Projection " + name + " is already replaying");
        }
        processor.shutDown();
        try {
            processor.resetTokens();
            processing.deadLetterQueue(name).ifPresent(SequencedDeadLetterQueue::clear);
        } finally {
            processor.start();
        }
        return status(name, processor, positionOf(eventStore.createHeadToken()));
    }

    private boolean isProjection(String name) {
        return !KafkaPublication.PROCESSING_GROUP.equals(name)
                && processing.eventProcessor(name, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::supportsReset).orElse(false);
    }

    private StreamingEventProcessor streaming(String name) {
        return processing.eventProcessor(name, StreamingEventProcessor.class).orElseThrow();
    }

    private static ProjectionStatus status(String name, StreamingEventProcessor processor, Long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        Long position = segments.stream().map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).min().stream().boxed()
                .findFirst().orElse(null);
        return new ProjectionStatus(name, processor.isReplaying(),
                !segments.isEmpty() && segments.stream().allMatch(EventTrackerStatus::isCaughtUp),
                segments.stream().anyMatch(EventTrackerStatus::isErrorState), position, head);
    }

    private static Long positionOf(TrackingToken token) {
        if (token == null) {
            return null;
        }
        OptionalLong position = token.position();
        return position.isPresent() ? position.getAsLong() : null;
    }
}
