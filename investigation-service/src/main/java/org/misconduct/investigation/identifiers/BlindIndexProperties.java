package org.misconduct.investigation.identifiers;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param key base64 of at least 32 random bytes from the secret store ({@code SCREENING_BLIND_INDEX_KEY}): the key of
 *            the blind indexes screening matches on; without it a copy of the database cannot be searched for a person
 */
@ConfigurationProperties("misconduct.screening.blind-index")
public record BlindIndexProperties(String key) {
}
