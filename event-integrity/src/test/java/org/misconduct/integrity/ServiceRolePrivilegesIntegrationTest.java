package org.misconduct.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.PostgresDatabase;
import org.misconduct.testinfra.TestInfrastructure;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Migrated as the owner, the service's own role appends and reads its events and may never rewrite them. */
class ServiceRolePrivilegesIntegrationTest {

    private static JdbcTemplate service;
    private static ChainVerifier verifier;
    private static ChainExtension extension;

    @BeforeAll
    static void migrateAsTheOwnerAndConnectAsTheService() {
        PostgresDatabase database = TestInfrastructure.postgres("event_integrity_roles");
        DriverManagerDataSource owner = new DriverManagerDataSource(database.jdbcUrl(), database.ownerRole(), database.password());
        Flyway.configure().dataSource(owner).locations("classpath:db/axon")
                .placeholders(Map.of("servicerole", database.serviceRole())).load().migrate();
        DriverManagerDataSource serviceRole = new DriverManagerDataSource(database.jdbcUrl(), database.serviceRole(), database.password());
        service = new JdbcTemplate(serviceRole);
        verifier = new ChainVerifier(serviceRole);
        extension = new ChainExtension(serviceRole, 1_000, Duration.ZERO);
        append("case-a", 0);
        append("case-a", 1);
    }

    @Test
    void theServiceAppendsChainsReadsAndVerifiesItsEvents() {
        append("case-b", 0);
        extension.extend();

        assertThat(service.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isGreaterThanOrEqualTo(3);
        assertThat(verifier.verify().intact()).isTrue();
        assertThat(verifier.verify().lastIndex()).isEqualTo(service.queryForObject("SELECT max(globalindex) FROM domainevententry", Long.class));
    }

    @Test
    void theServiceIsRefusedUpdateDeleteAndTruncateOfItsEvents() {
        assertRefused("UPDATE domainevententry SET payload = '\\x00'::bytea");
        assertRefused("DELETE FROM domainevententry");
        assertRefused("TRUNCATE domainevententry");
        assertRefused("UPDATE domainevententry SET sequencenumber = sequencenumber + 1");
    }

    @Test
    void theServiceIsRefusedWritingTheChainItself() {
        assertRefused("INSERT INTO event_chain VALUES (999999, NULL, 'x', 0, '\\x00'::bytea, '\\x00'::bytea)");
        assertRefused("UPDATE event_chain SET link = digest");
        assertRefused("DELETE FROM event_chain");
        assertRefused("TRUNCATE event_chain");
        assertRefused("INSERT INTO event_chain_gap VALUES (999999, now())");
        assertRefused("DELETE FROM event_chain_gap");
    }

    @Test
    void theServiceStillKeepsItsTokensDeadLettersAndDeadlines() {
        service.update("INSERT INTO tokenentry (processorname, segment, owner) VALUES ('roles-check', 0, 'a')");
        service.update("UPDATE tokenentry SET owner = 'b' WHERE processorname = 'roles-check'");
        service.update("DELETE FROM tokenentry WHERE processorname = 'roles-check'");
        service.update("DELETE FROM scheduled_tasks WHERE task_name = 'nothing'");
        service.update("DELETE FROM deadletterentry WHERE processinggroup = 'nothing'");
        service.update("DELETE FROM snapshotevententry WHERE aggregateidentifier = 'nothing'");
    }

    private static void assertRefused(String sql) {
        assertThatThrownBy(() -> service.execute(sql)).rootCause().hasMessageContaining("permission denied");
    }

    private static void append(String aggregate, long sequence) {
        service.update("""
                INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload,
                    payloadrevision, payloadtype, "timestamp") VALUES (?, ?, 'Case', ?, ?, ?, '1', 'org.example.Happened', ?)""",
                aggregate, sequence, UUID.randomUUID().toString(), "{}".getBytes(StandardCharsets.UTF_8),
                "{}".getBytes(StandardCharsets.UTF_8), Instant.now().toString());
    }
}
