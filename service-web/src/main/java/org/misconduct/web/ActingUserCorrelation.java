package org.misconduct.web;

import java.util.Map;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

/**
 * Who caused what a handler produces. The events a command produces carry its acting user; what a clock (a deadline)
 * or a policy (an event handler that sends a command) causes is done by the system, whoever set the clock or caused
 * the event the policy reacted to.
 */
public class ActingUserCorrelation implements CorrelationDataProvider {

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Object actingUser = message instanceof CommandMessage<?> ? message.getMetaData().get(ActingUser.METADATA_KEY) : null;
        return Map.of(ActingUser.METADATA_KEY, actingUser == null ? ActingUser.SYSTEM : actingUser);
    }
}
