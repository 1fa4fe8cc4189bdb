package org.misconduct.investigation.identifiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class BlindIndexesTest {

    private static final LocalDate BORN = LocalDate.of(1984, 3, 7);

    private final BlindIndexes indexes = new BlindIndexes(new BlindIndexProperties(key(1)));

    @Test
    void aNameMatchesWhateverItsCaseAccentsPunctuationAndSpacing() {
        assertThat(IdentifierNormalisation.name("  José-María  O'Néil ")).contains("josemariaoneil");
        assertThat(indexes.of(named("JOSE MARIA ONEIL", BORN))).isEqualTo(indexes.of(named("José-María O'Néil", BORN)));
        assertThat(indexes.of(named("Zoë Ångström", BORN))).isEqualTo(indexes.of(named("zoe.angstrom", BORN)));
    }

    @Test
    void aNameIsIndexedOnlyWithADateOfBirthAndMatchesOnlyTheSameDate() {
        assertThat(indexes.of(named("Jean Dupont", null))).isEmpty();
        assertThat(indexes.of(named("Jean Dupont", BORN))).doesNotContainAnyElementsOf(
                indexes.of(named("Jean Dupont", BORN.plusDays(1))));
        assertThat(indexes.of(named("Jean Dupont", BORN))).doesNotContainAnyElementsOf(
                indexes.of(named("Jean Dupond", BORN)));
    }

    @Test
    void aNumberMatchesTrimmedAndCaseFoldedButOnlyAsTheSameKindOfIdentifier() {
        PersonIdentifiers serviceNumber = new PersonIdentifiers(null, null, null, " ab-1234 ", null);
        assertThat(indexes.of(serviceNumber)).isEqualTo(indexes.of(new PersonIdentifiers(null, null, null, "AB-1234", null)));
        assertThat(indexes.of(serviceNumber)).doesNotContainAnyElementsOf(
                indexes.of(new PersonIdentifiers(null, null, "AB-1234", null, null)));
        assertThat(indexes.of(new PersonIdentifiers(null, null, " ", "", null))).isEmpty();
    }

    @Test
    void anIndexRevealsNothingWithoutItsKey() {
        PersonIdentifiers person = new PersonIdentifiers("Jean Dupont", BORN, "N-1", "S-1", "U-1");
        BlindIndexes otherKey = new BlindIndexes(new BlindIndexProperties(key(2)));
        assertThat(indexes.of(person)).hasSize(4).doesNotContainAnyElementsOf(otherKey.of(person))
                .allSatisfy(index -> assertThat(index).matches("[0-9a-f]{64}").doesNotContainIgnoringCase("dupont"));
        assertThat(indexes.ofSubject("S1")).isNotEqualTo(otherKey.ofSubject("S1"));
    }

    @Test
    void aMissingOrShortKeyStopsTheService() {
        assertThatThrownBy(() -> new BlindIndexes(new BlindIndexProperties(null))).hasMessageContaining("missing");
        assertThatThrownBy(() -> new BlindIndexes(new BlindIndexProperties(Base64.getEncoder().encodeToString(new byte[16]))))
                .hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> new BlindIndexes(new BlindIndexProperties("not base64!"))).hasMessageContaining("not base64");
    }

    private static PersonIdentifiers named(String name, LocalDate born) {
        return new PersonIdentifiers(name, born, null, null, null);
    }

    private static String key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
