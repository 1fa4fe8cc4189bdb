package org.misconduct.streaming;

import java.util.Map;
import java.util.function.ToDoubleFunction;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;

/**
 * A lag gauge for every streaming event processor of the service ({@code misconduct.processor.lag}, tagged with the
 * processor's name), so a projection or policy that stopped keeping up shows, whichever it is; and
 * {@code misconduct.publication.lag} for the publication processor, where the service publishes.
 */
class ProcessorLagMeters implements MeterBinder {

    private final ProcessorLag lag;
    private final EventProcessingConfiguration processing;

    ProcessorLagMeters(ProcessorLag lag, EventProcessingConfiguration processing) {
        this.lag = lag;
        this.processing = processing;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Map<String, EventProcessor> processors = processing.eventProcessors();
        processors.forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor) {
                Gauge.builder("misconduct.processor.lag", lag, seconds(name))
                        .description("Age of the oldest stored event the processor has not yet handled")
                        .tag("processor", name)
                        .baseUnit("seconds")
                        .register(registry);
            }
        });
        if (processors.containsKey(KafkaPublication.PROCESSING_GROUP)) {
            Gauge.builder("misconduct.publication.lag", lag, seconds(KafkaPublication.PROCESSING_GROUP))
                    .description("Age of the oldest stored event not yet published to Kafka")
                    .baseUnit("seconds")
                    .register(registry);
        }
    }

    private static ToDoubleFunction<ProcessorLag> seconds(String processor) {
        return lag -> lag.seconds(processor);
    }
}
