package org.misconduct.personaldata;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param keyEncryptionKey base64 of a 256-bit AES key that wraps every person's data key; held
 *                         outside the database (environment, secret store) so a database copy alone
 *                         reveals no personal data
 */
@ConfigurationProperties("misconduct.personal-data")
public record PersonalDataProperties(String keyEncryptionKey) {
}
