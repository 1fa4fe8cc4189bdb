package org.misconduct.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The {@code Link} header (RFC 8288) of a paged listing: each relation points to the current request with some of its
 * query parameters replaced (or removed, for a null value), so the client's filters carry over from page to page.
 */
public final class PageLinks {

    private final List<String> links = new ArrayList<>();

    /** Adds {@code relation} to the current request with {@code parameters} replaced; a null value removes one. */
    public PageLinks add(String relation, Map<String, ?> parameters) {
        ServletUriComponentsBuilder target = ServletUriComponentsBuilder.fromCurrentRequest();
        parameters.forEach((name, value) -> {
            if (value == null) {
                target.replaceQueryParam(name);
            } else {
                target.replaceQueryParam(name, value);
            }
        });
        links.add("<" + target.build().toUriString() + ">; rel=\"" + relation + "\"");
        return this;
    }

    /** The header's value, or empty when no relation was added. */
    public Optional<String> header() {
        return links.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", links));
    }
}
