package org.misconduct.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The current follow-up code key and the retired ones, each known by a short id derived from it, which every
 * stored hash names. A missing, unreadable or short key stops the service at start-up.
 */
@Component
class FollowUpCodeKeys {

    static final int MINIMUM_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] KEY_ID_INPUT = "follow-up-code key id".getBytes(StandardCharsets.US_ASCII);
    private static final String HOW_TO_SUPPLY = "misconduct.follow-up-codes.key (environment variable FOLLOW_UP_CODE_KEY) "
            + "must hold base64 of at least " + MINIMUM_KEY_BYTES + " random bytes, e.g. from `openssl rand -base64 32`";

    private final Key current;
    private final Map<String, Key> byId = new LinkedHashMap<>();

    FollowUpCodeKeys(FollowUpCodeProperties properties) {
        this.current = add(properties.key(), "key");
        properties.retiredKeys().forEach(retired -> add(retired, "retired key"));
    }

    Key current() {
        return current;
    }

    Optional<Key> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    private Key add(String configured, String which) {
        Key key = new Key(decode(configured, which));
        if (byId.putIfAbsent(key.id(), key) != null) {
            throw new IllegalStateException("Two follow-up code keys are the same or share the id " + key.id() + "; " + HOW_TO_SUPPLY);
        }
        return key;
    }

    private static byte[] decode(String configured, String which) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("The follow-up code " + which + " is missing: " + HOW_TO_SUPPLY);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("The follow-up code " + which + " is not base64: " + HOW_TO_SUPPLY, notBase64);
        }
        if (bytes.length < MINIMUM_KEY_BYTES) {
            throw new IllegalStateException("The follow-up code " + which + " has " + bytes.length + " bytes: " + HOW_TO_SUPPLY);
        }
        return bytes;
    }

    /** One HMAC-SHA-256 key and its id. */
    static final class Key {

        private final SecretKeySpec secret;
        private final String id;

        Key(byte[] bytes) {
            this.secret = new SecretKeySpec(bytes, ALGORITHM);
            this.id = HexFormat.of().formatHex(mac(KEY_ID_INPUT), 0, 4);
        }

        String id() {
            return id;
        }

        byte[] mac(String text) {
            return mac(text.getBytes(StandardCharsets.UTF_8));
        }

        private byte[] mac(byte[] input) {
            try {
                Mac mac = Mac.getInstance(ALGORITHM);
                mac.init(secret);
                return mac.doFinal(input);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HMAC-SHA-256 is not available", e);
            }
        }
    }
}
