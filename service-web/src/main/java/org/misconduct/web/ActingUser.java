package org.misconduct.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Stamps every command with the user who caused it, taken from the request's token; the events
 * the command produces inherit it (see {@code actingUserCorrelation}), so a case history can say
 * who did what. Commands caused by a published event carry the consuming component instead.
 */
public class ActingUser implements MessageDispatchInterceptor<CommandMessage<?>> {

    public static final String METADATA_KEY = "actingUser";
    public static final String SYSTEM = "system";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.getMetaData().containsKey(METADATA_KEY)
                ? command
                : command.andMetaData(Map.of(METADATA_KEY, current().orElse(SYSTEM)));
    }

    /** The authenticated user's name ({@code preferred_username}), if the current thread serves a request. */
    public static Optional<String> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() || "anonymousUser".equals(authentication.getName())
                ? Optional.empty()
                : Optional.of(authentication.getName());
    }
}
