package org.misconduct.intake.complaint;

import java.security.SecureRandom;
import java.util.Optional;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Follow-up codes: 20 random characters (100 bits) from an alphabet without look-alike letters,
 * grouped by four so they can be read out over a phone. Only a slow hash is stored.
 */
@Component
public class FollowUpCodes {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final int LENGTH = 20;

    private final SecureRandom random = new SecureRandom();
    private final PasswordEncoder hashing = new BCryptPasswordEncoder(10);

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
        return hashing.encode(normalise(code));
    }

    private final String decoyHash = hashing.encode(newCode());

    public boolean matches(String code, String hash) {
        return code != null && hash != null && hashing.matches(normalise(code), hash);
    }

    /**
     * Checks a code against the case's hash, or against a decoy when there is no such case, so that
     * an unknown case costs the same slow hash as a wrong code and timing reveals nothing.
     */
    public boolean matches(String code, java.util.Optional<String> hash) {
        boolean matches = hashing.matches(code == null ? "" : normalise(code), hash.orElse(decoyHash));
        return matches && hash.isPresent();
    }

    private static String normalise(String code) {
        return code.replace("-", "").replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }
}
