package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

class PublicOrderTest {

    private static final byte[] LOW = {0x01};
    private static final byte[] HIGH = {(byte) 0xF0};

    /** Positions in the public order: value by value, a missing one after every present one. */
    private static final List<PublicOrder.Position> IN_ORDER = List.of(
            position(-1, 12, "MINUSCA", "MC", "XAA", "SE", LOW),
            position(2025, 1, "MINUSCA", "MC", "XAA", "SE", LOW),
            position(2025, 1, "MINUSCA", "MC", "XAA", "SE", HIGH),
            position(2025, 1, "MINUSCA", "MC", "XAA", "SE", null),
            position(2025, 1, "MINUSCA", "MC", "XAA", "SEA", LOW),
            position(2025, 1, "MINUSCA", "MC", "XAA", null, LOW),
            position(2025, 1, "MINUSCA", "MC", "XAB", "SE", LOW),
            position(2025, 1, "MINUSCA", "MC", null, "SE", LOW),
            position(2025, 1, "MINUSCA", "MCA", "XAA", "SE", LOW),
            position(2025, 1, "MINUSCA", null, "XAA", "SE", LOW),
            position(2025, 1, "MINUSCA", null, null, null, null),
            position(2025, 1, "MINUSCO", "MC", "XAA", "SE", LOW),
            position(2025, 1, "Mission d'Haïti", "MC", "XAA", "SE", LOW),
            position(2025, 1, "Mission à venir", "MC", "XAA", "SE", LOW),
            position(2025, 1, null, "MC", "XAA", "SE", LOW),
            position(2025, 2, "MINUSCA", "MC", "XAA", "SE", LOW),
            position(2025, 12, null, null, null, null, null),
            position(2025, null, "MINUSCA", "MC", "XAA", "SE", LOW),
            position(2025, null, null, null, null, null, null),
            position(2026, 1, "MINUSCA", "MC", "XAA", "SE", LOW),
            position(null, 1, "MINUSCA", "MC", "XAA", "SE", LOW),
            position(null, null, null, null, null, null, null));

    @Test
    void keysCompareAsThePublicOrderWithMissingValuesLast() {
        List<PublicOrder.Position> shuffled = new ArrayList<>(IN_ORDER);
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 3, 11);

        shuffled.sort((left, right) -> Arrays.compareUnsigned(left.key(), right.key()));

        assertThat(shuffled).containsExactlyElementsOf(IN_ORDER);
    }

    @Test
    void theEndOfAYearComesAfterEveryPositionInItAndBeforeTheNextYear() {
        byte[] endOf2025 = position(2025, null, null, null, null, null, null).key();

        assertThat(IN_ORDER.stream().filter(position -> Integer.valueOf(2025).equals(position.year())))
                .allSatisfy(position -> assertThat(Arrays.compareUnsigned(position.key(), endOf2025)).isLessThanOrEqualTo(0));
        assertThat(Arrays.compareUnsigned(endOf2025, position(2026, 1, null, null, null, null, null).key())).isNegative();
    }

    private static PublicOrder.Position position(Integer year, Integer month, String mission, String category,
                                                 String nationality, String type, byte[] hash) {
        return new PublicOrder.Position(year, month, mission, category, nationality, type, hash);
    }
}
