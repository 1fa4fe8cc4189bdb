package org.misconduct.investigation.identifiers;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Keyed HMAC-SHA-256 digests of normalised identifiers: equal identifiers give equal indexes, and without the key
 * an index neither reveals an identifier nor lets anyone test a guess. Each kind of identifier is hashed under its
 * own label, so a national id never matches a service number that happens to be written the same. A name is indexed
 * only together with a date of birth. A missing, unreadable or short key stops the service at start-up.
 */
@Component
@EnableConfigurationProperties(BlindIndexProperties.class)
public class BlindIndexes {

    static final int MINIMUM_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final String HOW_TO_SUPPLY = "misconduct.screening.blind-index.key (environment variable "
            + "SCREENING_BLIND_INDEX_KEY) must hold base64 of at least " + MINIMUM_KEY_BYTES
            + " random bytes, e.g. from `openssl rand -base64 32`";

    private final SecretKeySpec key;

    public BlindIndexes(BlindIndexProperties properties) {
        this.key = new SecretKeySpec(decode(properties.key()), ALGORITHM);
    }

    /** The indexes of every identifier given, in no particular meaning of order; empty when none can match. */
    public List<String> of(PersonIdentifiers identifiers) {
        List<String> indexes = new ArrayList<>();
        IdentifierNormalisation.identifier(identifiers.nationalId()).ifPresent(id -> indexes.add(digest("national-id", id)));
        IdentifierNormalisation.identifier(identifiers.serviceNumber()).ifPresent(id -> indexes.add(digest("service-number", id)));
        IdentifierNormalisation.identifier(identifiers.unIndexNumber()).ifPresent(id -> indexes.add(digest("un-index-number", id)));
        if (identifiers.dateOfBirth() != null) {
            IdentifierNormalisation.name(identifiers.fullName())
                    .ifPresent(name -> indexes.add(digest("name-and-date-of-birth", name + "|" + identifiers.dateOfBirth())));
        }
        return List.copyOf(indexes);
    }

    /** The key a subject's screening records are kept under, so the records name no subject or case. */
    public String ofSubject(String subjectId) {
        return digest("subject", subjectId);
    }

    private String digest(String label, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(label.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private static byte[] decode(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("The screening blind-index key is missing: " + HOW_TO_SUPPLY);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("The screening blind-index key is not base64: " + HOW_TO_SUPPLY, notBase64);
        }
        if (bytes.length < MINIMUM_KEY_BYTES) {
            throw new IllegalStateException("The screening blind-index key has " + bytes.length + " bytes: " + HOW_TO_SUPPLY);
        }
        return bytes;
    }
}
