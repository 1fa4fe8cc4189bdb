package org.misconduct.testinfra;

import org.misconduct.local.PostgresDatabases;

/**
 * Connection details of one database, created empty for this test JVM, as its server's administrator. The database is
 * owned by {@link #ownerRole()}, and {@link #serviceRole()} may connect to it, both with the same password.
 */
public record PostgresDatabase(String jdbcUrl, String username, String password) {

    public String name() {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }

    /** The role that runs the migrations. */
    public String ownerRole() {
        return PostgresDatabases.ownerRole(name());
    }

    /** The role a service connects as. */
    public String serviceRole() {
        return PostgresDatabases.serviceRole(name());
    }
}
