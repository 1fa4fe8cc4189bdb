package org.misconduct.testinfra;

/** Keycloak with the {@code misconduct} realm and its development users (password = user name). */
public interface IdentityProvider {

    /** The value for {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. */
    String issuerUri();

    /** A signed access token for the user, from the password grant of client {@code misconduct-cli}. */
    String accessToken(String username, String password);
}
