package org.misconduct.intake.complaint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Follow-up codes: 20 random characters (100 bits) from an alphabet without look-alike letters, grouped by four so
 * they can be read out over a phone. With 100 random bits no guessing succeeds, so a slow hash would only cost CPU;
 * what is stored is an HMAC-SHA-256 under a server key ({@code hmac-sha256:<key id>:<mac>}), which a copy of the
 * database without the key cannot test codes against. Hashes stored before as BCrypt are still checked as BCrypt.
 */
@Component
public class FollowUpCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 20;
    private static final String SCHEME = "hmac-sha256";
    private static final String LEGACY_BCRYPT = "$2";
    private static final int BCRYPT_MAX_BYTES = 72;

    private final SecureRandom random = new SecureRandom();
    private final BCryptPasswordEncoder legacyHashes = new BCryptPasswordEncoder();
    private final FollowUpCodeKeys keys;
    private final String decoyHash;

    FollowUpCodes(FollowUpCodeKeys keys) {
        this.keys = keys;
        this.decoyHash = hash(newCode());
    }

    String newCode() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    String hash(String code) {
        FollowUpCodeKeys.Key key = keys.current();
        return SCHEME + ":" + key.id() + ":" + Base64.getEncoder().withoutPadding().encodeToString(key.mac(normalise(code)));
    }

    /**
     * Checks a code against the case's stored hash, or against a decoy when there is no such case: an unknown case
     * costs the same one HMAC as a wrong code and answers the same. Digests are compared in constant time.
     */
    public boolean matches(String code, Optional<String> storedHash) {
        String presented = code == null ? "" : normalise(code);
        String stored = storedHash.orElse(decoyHash);
        boolean matches = stored.startsWith(LEGACY_BCRYPT) ? matchesLegacy(presented, stored) : matchesMac(presented, stored);
        return matches && storedHash.isPresent();
    }

    private boolean matchesMac(String presented, String stored) {
        String[] parts = stored.split(":", 3);
        Optional<FollowUpCodeKeys.Key> key = parts.length == 3 && SCHEME.equals(parts[0]) ? keys.byId(parts[1]) : Optional.empty();
        byte[] computed = key.orElse(keys.current()).mac(presented);
        return key.isPresent() && MessageDigest.isEqual(computed, digestOf(parts[parts.length - 1]));
    }

    private boolean matchesLegacy(String presented, String stored) {
        boolean fits = presented.getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES;
        return legacyHashes.matches(fits ? presented : "", stored) && fits;
    }

    private static byte[] digestOf(String encoded) {
        try {
            return Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException malformed) {
            return new byte[0];
        }
    }

    private static String normalise(String code) {
        return code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
