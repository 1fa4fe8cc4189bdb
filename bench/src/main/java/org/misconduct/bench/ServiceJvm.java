package org.misconduct.bench;

/** The JVM options {@code BENCH_SERVICE_JVM} gives the services a benchmark starts; {@code {service}} names each one. */
final class ServiceJvm {

    private ServiceJvm() {
    }

    static String options(String module) {
        return System.getProperty("bench.service.jvm", "").replace("{service}", module);
    }
}
