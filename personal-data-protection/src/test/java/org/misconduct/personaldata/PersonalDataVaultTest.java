package org.misconduct.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Base64;
import java.util.UUID;

import javax.crypto.SecretKey;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class PersonalDataVaultTest {

    private static final SecretKey KEY_ENCRYPTION_KEY = AesGcm.newKey();

    private static JdbcTemplate jdbc;
    private final PersonalDataVault vault = vaultWith(KEY_ENCRYPTION_KEY);

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("personal_data_test", "classpath:db/personal-data");
    }

    @Test
    void sealedTextOpensForItsOwnerOnly() {
        String subject = newSubject();
        String sealed = vault.seal(subject, "Amina, +236 555 0101");

        assertThat(sealed).startsWith("pd1:").doesNotContain("Amina");
        assertThat(vault.open(subject, sealed)).contains("Amina, +236 555 0101");
        String someoneElse = newSubject();
        vault.seal(someoneElse, "other");
        assertThatThrownBy(() -> vault.open(someoneElse, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void eachSealingOfTheSameTextDiffers() {
        String subject = newSubject();
        assertThat(vault.seal(subject, "same")).isNotEqualTo(vault.seal(subject, "same"));
    }

    @Test
    void erasingAPersonMakesEverythingSealedForThemUnreadable() {
        String subject = newSubject();
        String name = vault.seal(subject, "Amina");
        String narrative = vault.seal(subject, "what happened");

        vault.erase(subject);

        assertThat(vault.isErased(subject)).isTrue();
        assertThat(vault.open(subject, name)).isEmpty();
        assertThat(vault.open(subject, narrative)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT wrapped_key FROM personal_data_key WHERE subject_id = ?", byte[].class, subject)).isNull();
    }

    @Test
    void withinOneTransactionAPersonsKeyIsMadeOnceAndErasingStillStopsSealing() {
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
        String subject = newSubject();
        String[] sealed = transaction.execute(status -> new String[] {vault.seal(subject, "Amina"), vault.seal(subject, "+236 555 0101")});

        assertThat(vault.open(subject, sealed[0])).contains("Amina");
        assertThat(vault.open(subject, sealed[1])).contains("+236 555 0101");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM personal_data_key WHERE subject_id = ?", Long.class, subject)).isEqualTo(1);
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            vault.seal(subject, "before erasure");
            vault.erase(subject);
            vault.seal(subject, "after erasure");
        })).isInstanceOf(PersonalDataVault.SubjectErased.class);
        assertThat(vault.open(subject, sealed[0])).contains("Amina");
    }

    @Test
    void nothingNewIsSealedForAnErasedPerson() {
        String subject = newSubject();
        vault.seal(subject, "Amina");
        vault.erase(subject);

        assertThatThrownBy(() -> vault.seal(subject, "again")).isInstanceOf(PersonalDataVault.SubjectErased.class);
    }

    @Test
    void aPersonNeverSeenCanBeErasedAndStaysErased() {
        String subject = newSubject();
        vault.erase(subject);
        vault.erase(subject);

        assertThat(vault.isErased(subject)).isTrue();
        assertThatThrownBy(() -> vault.seal(subject, "x")).isInstanceOf(PersonalDataVault.SubjectErased.class);
    }

    @Test
    void theDatabaseAloneDoesNotOpenTheData() {
        String subject = newSubject();
        String sealed = vault.seal(subject, "Amina");

        PersonalDataVault withAnotherKeyEncryptionKey = vaultWith(AesGcm.newKey());
        assertThatThrownBy(() -> withAnotherKeyEncryptionKey.open(subject, sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aVaultOverTheDatabaseAndTheKeyEncryptionKeyOpensWhatTheServiceSealed() {
        String subject = newSubject();
        String sealed = vault.seal(subject, "Amina");

        String keyEncryptionKey = Base64.getEncoder().encodeToString(KEY_ENCRYPTION_KEY.getEncoded());
        assertThat(PersonalDataVault.over(jdbc.getDataSource(), keyEncryptionKey).open(subject, sealed)).contains("Amina");
        String anotherKey = Base64.getEncoder().encodeToString(AesGcm.newKey().getEncoded());
        assertThatThrownBy(() -> PersonalDataVault.over(jdbc.getDataSource(), anotherKey).open(subject, sealed))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nothingSealedStaysNothing() {
        assertThat(vault.seal(newSubject(), null)).isNull();
        assertThat(vault.open(newSubject(), null)).isEmpty();
    }

    @Test
    void onlyWhatItSealedCountsAsSealed() {
        assertThat(vault.isSealed(vault.seal(newSubject(), "Amina"))).isTrue();
        assertThat(vault.isSealed("Amina, typed before sealing")).isFalse();
        assertThat(vault.isSealed(null)).isFalse();
    }

    private static PersonalDataVault vaultWith(SecretKey keyEncryptionKey) {
        return new PersonalDataVault(new SubjectKeys(jdbc, keyEncryptionKey, Clock.systemUTC()));
    }

    private static String newSubject() {
        return UUID.randomUUID().toString();
    }
}
