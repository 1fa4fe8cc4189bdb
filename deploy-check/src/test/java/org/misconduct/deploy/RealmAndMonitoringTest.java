package org.misconduct.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.misconduct.local.DevelopmentRealm;

/** The production realm is safe as shipped; the alerts and the dashboard watch the contract's meters. */
class RealmAndMonitoringTest {

    @Test
    void theProductionRealmRequiresTlsLocksOutGuessersAndGrantsNoPasswordsToClients() {
        JsonNode realm = Deployment.yaml(Deployment.file("keycloak/realm/misconduct-realm.json"));

        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
        assertThat(realm.path("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.path("passwordPolicy").asText()).contains("length(12)", "notUsername");
        assertThat(realm.path("users").isMissingNode()).as("no users in the production realm").isTrue();
        assertThat(realm.path("clients")).allSatisfy(client ->
                assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(client.path("clientId").asText()).isFalse());
    }

    @Test
    void theDevelopmentRealmAddsTheUsersAndThePasswordGrantToTheProductionConfiguration() throws Exception {
        JsonNode realm = new ObjectMapper().readTree(DevelopmentRealm.json());

        assertThat(realm.path("users").findValuesAsText("username")).contains("intake.officer", "focal.point", "investigator.nio", "admin");
        assertThat(realm.path("clients").get(0).path("directAccessGrantsEnabled").asBoolean()).isTrue();
        assertThat(realm.path("clients").get(0).path("protocolMappers")).as("the production client's mappers").hasSize(2);
        assertThat(realm.path("sslRequired").asText()).isEqualTo("external");
    }

    @Test
    void alertsFireOnAnyBreachAnyDeadLetterALagOverAMinuteAProcessorBehindAndABrokenIntegrityCheck() {
        List<String> expressions = Deployment.yaml(Deployment.file("monitoring/alerts.yml")).findValuesAsText("expr");

        assertThat(expressions).anyMatch(expr -> expr.contains("misconduct_clock_breaches_total") && expr.endsWith("> 0"))
                .anyMatch(expr -> expr.contains("misconduct_dead_letters") && expr.endsWith("> 0"))
                .anyMatch(expr -> expr.contains("misconduct_publication_lag_seconds") && expr.endsWith("> 60"))
                .anyMatch(expr -> expr.contains("misconduct_processor_lag_seconds") && expr.contains("processor"))
                .anyMatch(expr -> expr.contains("misconduct_integrity_intact"));
    }

    @Test
    void anAlertFiresWhenRequestsFindNoDatabaseConnectionFree() {
        List<String> expressions = Deployment.yaml(Deployment.file("monitoring/alerts.yml")).findValuesAsText("expr");

        assertThat(expressions).anyMatch(expr -> expr.contains("hikaricp_connections_timeout_total") && expr.endsWith("> 0"));
    }

    @Test
    void theDashboardShowsComplaintsClocksQueueAgeDeadLettersAndLag() {
        String dashboard = Deployment.yaml(Deployment.file("monitoring/grafana/dashboards/misconduct.json")).toString();

        assertThat(dashboard).contains("misconduct_complaints_received_total", "misconduct_clocks_running",
                "misconduct_clock_breaches_total", "misconduct_queue_oldest_case_age_seconds", "misconduct_dead_letters",
                "misconduct_publication_lag_seconds", "misconduct_processor_lag_seconds");
    }
}
