package org.misconduct.investigation.access;

import java.util.Optional;
import java.util.Set;

/**
 * Who is asking, as the edge tells the features and the decision rights: the user's name, their realm roles and,
 * for a Member State's National Investigation Officer, the state whose cases alone they may see.
 */
public record Caller(String username, Set<String> roles, Optional<String> memberState) {

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean holds(String role) {
        return roles.contains(role);
    }
}
