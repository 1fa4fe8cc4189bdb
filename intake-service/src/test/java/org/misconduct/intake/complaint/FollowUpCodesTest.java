package org.misconduct.intake.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.ServiceTestProperties;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class FollowUpCodesTest {

    private static final String KEY = ServiceTestProperties.newFollowUpCodeKey();
    private static final String NEXT_KEY = ServiceTestProperties.newFollowUpCodeKey();

    private final FollowUpCodes codes = codes(KEY);

    @Test
    void aCodeMatchesItsHashHoweverItIsTypedBack() {
        String code = codes.newCode();
        String hash = codes.hash(code);

        assertThat(code).matches("[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){4}");
        assertThat(codes.matches(code, Optional.of(hash))).isTrue();
        assertThat(codes.matches(code.toLowerCase().replace("-", " "), Optional.of(hash))).isTrue();
        assertThat(codes.matches(codes.newCode(), Optional.of(hash))).isFalse();
        assertThat(codes.matches(null, Optional.of(hash))).isFalse();
    }

    @Test
    void anUnknownCaseMatchesNoCode() {
        String code = codes.newCode();

        assertThat(codes.matches(code, Optional.empty())).isFalse();
        assertThat(codes.matches(null, Optional.empty())).isFalse();
        assertThat(codes.matches("", Optional.empty())).isFalse();
    }

    @Test
    void theStoredHashIsAMacUnderTheServerKeyThatNamesItsKey() {
        String code = codes.newCode();
        String hash = codes.hash(code);
        FollowUpCodes elsewhere = codes(NEXT_KEY);

        assertThat(hash).startsWith("hmac-sha256:").doesNotContain(code.replace("-", "")).hasSizeLessThanOrEqualTo(100);
        assertThat(hash.split(":")[2]).hasSize(43);
        assertThat(elsewhere.hash(code)).as("another key gives another hash").isNotEqualTo(hash);
        assertThat(elsewhere.matches(code, Optional.of(hash))).as("nor does another key check it").isFalse();
    }

    @Test
    void codesHashedBeforeARotationStillMatchWhileTheirKeyIsRetiredNotRemoved() {
        String code = codes.newCode();
        String hashedBefore = codes.hash(code);
        FollowUpCodes rotated = new FollowUpCodes(new FollowUpCodeKeys(new FollowUpCodeProperties(NEXT_KEY, List.of(KEY))));
        FollowUpCodes keyRemoved = codes(NEXT_KEY);

        assertThat(rotated.matches(code, Optional.of(hashedBefore))).isTrue();
        assertThat(rotated.hash(code)).isNotEqualTo(hashedBefore).isEqualTo(keyRemoved.hash(code));
        assertThat(keyRemoved.matches(code, Optional.of(hashedBefore))).isFalse();
    }

    @Test
    void aBcryptHashStoredBeforeHmacStillMatchesItsCode() {
        String code = codes.newCode();
        String legacy = new BCryptPasswordEncoder(4).encode(code.replace("-", ""));

        assertThat(codes.matches(code, Optional.of(legacy))).isTrue();
        assertThat(codes.matches(codes.newCode(), Optional.of(legacy))).isFalse();
        assertThat(codes.matches("X".repeat(500), Optional.of(legacy))).as("too long for BCrypt, refused quietly").isFalse();
    }

    @Test
    void aMalformedStoredHashMatchesNothing() {
        String code = codes.newCode();
        for (String stored : new String[] {"", "hmac-sha256", "hmac-sha256:00000000", "hmac-sha256:zz:!!!", "sha1:abc:def"}) {
            assertThat(codes.matches(code, Optional.of(stored))).as(stored).isFalse();
        }
    }

    @Test
    void theServiceRefusesToStartWithoutAKeyOrWithAShortOne() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[FollowUpCodeKeys.MINIMUM_KEY_BYTES - 1]);
        for (String key : new String[] {null, "", "  ", "not base64!", shortKey}) {
            assertThatThrownBy(() -> codes(key)).as(String.valueOf(key))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("FOLLOW_UP_CODE_KEY");
        }
        assertThatThrownBy(() -> new FollowUpCodeKeys(new FollowUpCodeProperties(KEY, List.of(shortKey))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("retired key");
        assertThatThrownBy(() -> new FollowUpCodeKeys(new FollowUpCodeProperties(KEY, List.of(KEY))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("same");
    }

    private static FollowUpCodes codes(String key) {
        return new FollowUpCodes(new FollowUpCodeKeys(new FollowUpCodeProperties(key, null)));
    }
}
