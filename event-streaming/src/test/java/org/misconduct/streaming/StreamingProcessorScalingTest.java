package org.misconduct.streaming;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.EventProcessorProperties.Mode;
import org.axonframework.springboot.EventProcessorProperties.ProcessorSettings;
import org.junit.jupiter.api.Test;

class StreamingProcessorScalingTest {

    private final StreamingProcessorScaling scaling =
            new StreamingProcessorScaling(new ScaleOutProperties(4, Duration.ofSeconds(5), Duration.ofMillis(100), 20));

    @Test
    void everyStreamingProcessorIsPooledWithTheSegmentsSharedAmongInstancesAndBatchesItsCommits() {
        ProcessorSettings view = scaled("allegation-view", Mode.TRACKING, false);

        assertThat(view.getMode()).isEqualTo(Mode.POOLED);
        assertThat(view.getInitialSegmentCount()).isEqualTo(4);
        assertThat(view.getThreadCount()).isEqualTo(4);
        assertThat(view.getBatchSize()).as("events handled in one transaction at most").isEqualTo(20);
        assertThat(view.getSource()).isEqualTo(CaughtUpPolling.BEAN_NAME);
    }

    @Test
    void aProcessorWithADeadLetterQueueRemembersItsQueuedSequencesInsteadOfAskingBeforeEveryEvent() {
        assertThat(scaled("case-queue", Mode.POOLED, true).getDlq().getCache().isEnabled()).isTrue();
    }

    @Test
    void aProcessorWithoutADeadLetterQueueGetsNoMemoryOfOne() {
        assertThat(scaled("kafka-publication", Mode.POOLED, false).getDlq().getCache().isEnabled()).isFalse();
    }

    @Test
    void aSubscribingProcessorIsLeftAsDeclared() {
        ProcessorSettings followUp = scaled("complaint-follow-up", Mode.SUBSCRIBING, true);

        assertThat(followUp.getMode()).isEqualTo(Mode.SUBSCRIBING);
        assertThat(followUp.getSource()).isNull();
        assertThat(followUp.getDlq().getCache().isEnabled()).isFalse();
    }

    private ProcessorSettings scaled(String name, Mode mode, boolean deadLetterQueue) {
        EventProcessorProperties properties = new EventProcessorProperties();
        ProcessorSettings settings = new ProcessorSettings();
        settings.setMode(mode);
        settings.getDlq().setEnabled(deadLetterQueue);
        properties.getProcessors().put(name, settings);
        scaling.postProcessAfterInitialization(properties, "eventProcessorProperties");
        return properties.getProcessors().get(name);
    }
}
