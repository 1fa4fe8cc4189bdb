package org.misconduct.personaldata;

import java.time.Clock;
import java.util.Base64;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

@AutoConfiguration
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataAutoConfiguration {

    private static final String MISSING_KEY = "misconduct.personal-data.key-encryption-key (environment variable "
            + "PERSONAL_DATA_KEY_ENCRYPTION_KEY) must hold base64 of 32 random bytes, e.g. from `openssl rand -base64 32`";

    @Bean
    PersonalDataVault personalDataVault(JdbcTemplate jdbc, PersonalDataProperties properties, Clock clock) {
        return new PersonalDataVault(new SubjectKeys(jdbc, AesGcm.key(keyEncryptionKey(properties.keyEncryptionKey())), clock));
    }

    static byte[] keyEncryptionKey(String configured) {
        if (configured == null || configured.isBlank()) {
            throw new IllegalStateException(MISSING_KEY);
        }
        try {
            return Base64.getDecoder().decode(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(MISSING_KEY, e);
        }
    }
}
