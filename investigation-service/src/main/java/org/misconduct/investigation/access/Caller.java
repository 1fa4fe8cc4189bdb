package org.misconduct.investigation.access;

import java.util.Optional;

/**
 * Who is asking, as the edge tells the features: the user's name and, for a Member State's investigation
 * officer, the state whose cases alone they may see. Handlers take it as a parameter.
 */
public record Caller(String username, Optional<String> memberState) {
}
