package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

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

    @Test
    void theOrderIsTheHmacSha256OfTheReferenceFromEveryThreadAtOnce() {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        DisclosureOrder order = new DisclosureOrder(new PublicDisclosureProperties(KEY, 1000, Duration.ZERO));
        // Computed apart: printf ALG-2025-00000N | openssl dgst -sha256 -mac HMAC -macopt hexkey:<64 zeros>
        List<String> expected = List.of("f6701492e22399169666c6edf3014b62d239b0af19058174c375947804dac80f",
                "45fe218a1e1d00bd1985d3c8b02553a08fa3dd02180fbf0462e7eed7a118b594");
        List<CompletableFuture<List<String>>> threads = IntStream.range(0, 8)
                .mapToObj(thread -> CompletableFuture.supplyAsync(() -> IntStream.range(0, 2_000)
                        .mapToObj(call -> HexFormat.of().formatHex(order.of("ALG-2025-00000" + (call % 2 + 1))))
                        .distinct().toList(), pool))
                .toList();
        threads.forEach(thread -> assertThat(thread.join()).containsExactlyInAnyOrderElementsOf(expected));
        pool.shutdown();
    }
}
