package org.misconduct.testinfra;

record PostgresServer(String host, int port, String username, String password) {

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }
}
