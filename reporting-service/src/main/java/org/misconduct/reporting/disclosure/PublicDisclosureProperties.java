package org.misconduct.reporting.disclosure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the public table is ordered and paged.
 *
 * @param orderKey    base64 of at least 32 random bytes from the secret store ({@code DISCLOSURE_ORDER_KEY}): the
 *                    key of the hash that orders rows equal in every disclosed field. Changing it reorders such
 *                    rows at the next rebuild.
 * @param maxPageSize the largest {@code size} a client may ask for
 */
@ConfigurationProperties("misconduct.disclosure")
record PublicDisclosureProperties(String orderKey, @DefaultValue("1000") int maxPageSize) {

    PublicDisclosureProperties {
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("misconduct.disclosure.max-page-size must be positive");
        }
    }
}
