package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class PublicCursorTest {

    private static final PublicOrder.Position WITH_MISSING_VALUES = new PublicOrder.Position(2025, null, "MINUSCA", null,
            "XAA", null, new byte[] {1, 2, 3, -4});

    @Test
    void aCursorNamesThePositionItWasMadeFromMissingValuesIncluded() {
        PublicOrder.Position read = PublicCursor.position(PublicCursor.token(WITH_MISSING_VALUES)).orElseThrow();

        assertThat(read).usingRecursiveComparison().isEqualTo(WITH_MISSING_VALUES);
    }

    @Test
    void aCursorIsUrlSafe() {
        assertThat(PublicCursor.token(new PublicOrder.Position(null, null, "Mission d'Haïti / ?&=", null, null, null,
                new byte[32]))).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorCutShortOrLengthenedNamesNoPosition() {
        String token = PublicCursor.token(WITH_MISSING_VALUES);
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);

        assertThat(PublicCursor.position(token.substring(0, token.length() - 2))).isEmpty();
        assertThat(PublicCursor.position(Base64.getUrlEncoder().withoutPadding().encodeToString(longer))).isEmpty();
        assertThat(PublicCursor.position("not a cursor")).isEmpty();
        assertThat(PublicCursor.position("")).isEmpty();
    }
}
