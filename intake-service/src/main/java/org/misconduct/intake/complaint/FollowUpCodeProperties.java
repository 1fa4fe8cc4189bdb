package org.misconduct.intake.complaint;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The server keys follow-up codes are hashed under. Each is base64 of at least 32 random bytes, held outside the
 * database (a secret store), so a copy of the database alone cannot be used to test codes.
 *
 * @param key         hashes new codes and checks them ({@code FOLLOW_UP_CODE_KEY})
 * @param retiredKeys keys used before a rotation, kept only to check the codes hashed under them
 *                    ({@code FOLLOW_UP_CODE_RETIRED_KEYS}, comma separated)
 */
@ConfigurationProperties("misconduct.follow-up-codes")
public record FollowUpCodeProperties(String key, List<String> retiredKeys) {

    public FollowUpCodeProperties {
        retiredKeys = retiredKeys == null ? List.of() : retiredKeys.stream().filter(retired -> !retired.isBlank()).toList();
    }
}
