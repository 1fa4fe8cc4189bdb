package org.misconduct.testinfra;

/** Connection details of one database, created empty for this test JVM. */
public record PostgresDatabase(String jdbcUrl, String username, String password) {
}
