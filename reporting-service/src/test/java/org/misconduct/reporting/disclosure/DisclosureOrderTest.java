package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class DisclosureOrderTest {

    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("another key of thirty-two bytes!".getBytes());

    @Test
    void theServiceDoesNotStartWithoutAKeyOfAtLeast32Bytes() {
        for (String key : new String[] {null, " ", "not base64!", Base64.getEncoder().encodeToString(new byte[31])}) {
            assertThatThrownBy(() -> new DisclosureOrder(new PublicDisclosureProperties(key, 1000, Duration.ZERO)))
                    .as("key %s", key).isInstanceOf(IllegalStateException.class).hasMessageContaining("DISCLOSURE_ORDER_KEY");
        }
    }

    @Test
    void theOrderOfACaseIsFixedByItsReferenceAndTheKey() {
        DisclosureOrder order = new DisclosureOrder(new PublicDisclosureProperties(KEY, 1000, Duration.ZERO));
        assertThat(order.of("ALG-2025-000001")).isEqualTo(order.of("ALG-2025-000001")).hasSize(32)
                .isNotEqualTo(order.of("ALG-2025-000002"))
                .isNotEqualTo(new DisclosureOrder(new PublicDisclosureProperties(OTHER_KEY, 1000, Duration.ZERO)).of("ALG-2025-000001"));
    }
}
