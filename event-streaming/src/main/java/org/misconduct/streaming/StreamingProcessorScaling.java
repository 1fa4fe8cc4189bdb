package org.misconduct.streaming;

import java.util.concurrent.TimeUnit;

import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes every streaming event processor a service declares under {@code axon.eventhandling.processors} a pooled one
 * with the segments of {@link ScaleOutProperties}: one coordinator reads the event store once and hands each segment's
 * events to a worker, and the segments this instance does not hold are left for the others. It reads the event store
 * through {@link CaughtUpPolling}, unless told another source. A processor with a dead-letter queue remembers, per
 * segment it holds, which sequences are in the queue, instead of asking the database before every event.
 */
class StreamingProcessorScaling implements BeanPostProcessor {

    private final ScaleOutProperties scaleOut;

    StreamingProcessorScaling(ScaleOutProperties scaleOut) {
        this.scaleOut = scaleOut;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof EventProcessorProperties processors) {
            processors.getProcessors().values().stream()
                    .filter(settings -> settings.getMode() != EventProcessorProperties.Mode.SUBSCRIBING)
                    .forEach(this::scale);
        }
        return bean;
    }

    private void scale(EventProcessorProperties.ProcessorSettings settings) {
        settings.setMode(EventProcessorProperties.Mode.POOLED);
        settings.setInitialSegmentCount(scaleOut.segments());
        settings.setThreadCount(scaleOut.segments());
        settings.setTokenClaimInterval(scaleOut.tokenClaimInterval().toMillis());
        settings.setTokenClaimIntervalTimeUnit(TimeUnit.MILLISECONDS);
        settings.setBatchSize(scaleOut.batchSize());
        if (settings.getSource() == null) {
            settings.setSource(CaughtUpPolling.BEAN_NAME);
        }
        if (settings.getDlq().isEnabled()) {
            // Sound with several instances: a sequence is queued only by the instance holding its segment, and a
            // segment's memory is dropped when the segment is released.
            settings.getDlq().getCache().setEnabled(true);
        }
    }
}
