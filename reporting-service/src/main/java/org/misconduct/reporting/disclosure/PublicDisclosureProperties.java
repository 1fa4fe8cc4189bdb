package org.misconduct.reporting.disclosure;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the public table is ordered and paged.
 *
 * @param orderKey    base64 of at least 32 random bytes from the secret store ({@code DISCLOSURE_ORDER_KEY}): the
 *                    key of the hash that orders rows equal in every disclosed field. Changing it reorders such
 *                    rows at the next rebuild.
 * @param maxPageSize the largest {@code size} a client may ask for
 * @param figuresMaxAge the oldest public figures (summary, filters, trend) an answer may carry; once half as old,
 *                      they are counted again in the background for the next answer. Zero counts them for every
 *                      answer.
 */
@ConfigurationProperties("misconduct.disclosure")
record PublicDisclosureProperties(String orderKey, @DefaultValue("1000") int maxPageSize,
                                  @DefaultValue("PT10S") Duration figuresMaxAge) {

    PublicDisclosureProperties {
        if (maxPageSize < 1) {
            throw new IllegalArgumentException("misconduct.disclosure.max-page-size must be positive");
        }
        if (figuresMaxAge == null || figuresMaxAge.isNegative()) {
            throw new IllegalArgumentException("misconduct.disclosure.figures-max-age must be zero or positive");
        }
    }
}
