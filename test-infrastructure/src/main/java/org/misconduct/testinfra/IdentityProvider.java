package org.misconduct.testinfra;

/** Keycloak with the {@code misconduct} realm and its development users (password = user name). */
public interface IdentityProvider {

    /** The value for {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}. */
    String issuerUri();

    /** A signed access token for the user, from the password grant of client {@code misconduct-cli}. */
    String accessToken(String username, String password);

    /**
     * A token Keycloak signs for a user holding every role, in a realm of its own: another issuer than the
     * services trust, with their audience and role names, as a token of a neighbouring system would look.
     */
    default String foreignIssuerToken() {
        return KeycloakAdministration.of(issuerUri()).foreignIssuerToken();
    }

    /** A token of the right realm for the user that expires one second after it was issued. */
    default String shortLivedToken(String username) {
        return KeycloakAdministration.of(issuerUri()).shortLivedToken(username);
    }
}
