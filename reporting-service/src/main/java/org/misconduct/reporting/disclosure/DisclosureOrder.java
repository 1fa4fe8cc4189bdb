package org.misconduct.reporting.disclosure;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Where a public row sorts among rows equal in every disclosed field: by an HMAC-SHA-256 of its case reference
 * under a server key. Case references are numbered in order of receipt; without the key their hashes reveal
 * nothing of that order, so neither the order of rows nor paging does. A missing, unreadable or short key stops
 * the service at start-up.
 */
@Component
@EnableConfigurationProperties(PublicDisclosureProperties.class)
class DisclosureOrder {

    static final int MINIMUM_KEY_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final String HOW_TO_SUPPLY = "misconduct.disclosure.order-key (environment variable DISCLOSURE_ORDER_KEY) "
            + "must hold base64 of at least " + MINIMUM_KEY_BYTES + " random bytes, e.g. from `openssl rand -base64 32`";

    /** A Mac is not thread-safe, and looking one up and keying it costs more than the hash of a reference. */
    private final ThreadLocal<Mac> macs;

    DisclosureOrder(PublicDisclosureProperties properties) {
        SecretKeySpec key = new SecretKeySpec(decode(properties.orderKey()), ALGORITHM);
        keyed(key); // at start-up, so a missing algorithm stops the service rather than its first page
        this.macs = ThreadLocal.withInitial(() -> keyed(key));
    }

    byte[] of(String caseReference) {
        return macs.get().doFinal(caseReference.getBytes(StandardCharsets.UTF_8));
    }

    private static Mac keyed(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available", e);
        }
    }

    private static byte[] decode(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException("The disclosure order key is missing: " + HOW_TO_SUPPLY);
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalStateException("The disclosure order key is not base64: " + HOW_TO_SUPPLY, notBase64);
        }
        if (bytes.length < MINIMUM_KEY_BYTES) {
            throw new IllegalStateException("The disclosure order key has " + bytes.length + " bytes: " + HOW_TO_SUPPLY);
        }
        return bytes;
    }
}
