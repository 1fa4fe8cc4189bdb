package org.misconduct.contracts.codes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class CaseReferenceTest {

    @Test
    void theNumberIsWrittenInSixDigits() {
        assertThat(new CaseReference(2026, 1)).hasToString("ALG-2026-000001");
        assertThat(new CaseReference(2026, 4_207)).hasToString("ALG-2026-004207");
        assertThat(new CaseReference(1999, 999_999)).hasToString("ALG-1999-999999");
    }

    @Test
    void whatIsWrittenIsReadBackAsTheSameReference() {
        for (int number : new int[] {1, 9, 10, 99_999, 100_000, 999_999}) {
            CaseReference reference = new CaseReference(2031, number);
            assertThat(CaseReference.parse(reference.toString())).contains(reference);
        }
    }

    @Test
    void aReferenceOutsideTheFormIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseReference(2026, 1_000_000));
        assertThatIllegalArgumentException().isThrownBy(() -> new CaseReference(2026, 0));
        assertThat(CaseReference.parse("ALG-2026-000000")).isEmpty();
        assertThat(CaseReference.parse("ALG-2026-12345")).isEmpty();
    }
}
