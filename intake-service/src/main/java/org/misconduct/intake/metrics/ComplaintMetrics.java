package org.misconduct.intake.metrics;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.misconduct.contracts.codes.Channel;
import org.misconduct.intake.allegation.AllegationRegistered;
import org.misconduct.observability.DomainMetrics;
import org.springframework.stereotype.Component;

/** {@code misconduct_complaints_received_total{channel}}: allegations registered, public and assisted alike. */
@Component
@ProcessingGroup(DomainMetrics.PROCESSING_GROUP)
class ComplaintMetrics {

    private final Map<Channel, Counter> received = new EnumMap<>(Channel.class);

    ComplaintMetrics(MeterRegistry registry) {
        for (Channel channel : Channel.values()) {
            received.put(channel, Counter.builder("misconduct.complaints.received")
                    .description("Complaints registered as allegations")
                    .tag("channel", channel.name())
                    .register(registry));
        }
    }

    @EventHandler
    void on(AllegationRegistered registered) {
        DomainMetrics.countOnCommit(received.get(registered.channel()));
    }
}
