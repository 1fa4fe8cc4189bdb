#!/usr/bin/env bash
# Runs one benchmark (bench/README.md). Build first:
#   ./mvnw -q -Pbench -pl intake-service,investigation-service,reporting-service,bench -am -DskipTests package
# BENCH_SERVICE_JVM adds JVM options to the service under test (e.g. -XX:StartFlightRecording=...).
set -euo pipefail
cd "$(dirname "$0")/.."
[[ -f bench/target/runtime-classpath.txt ]] || { echo "Build first: ./mvnw -q -Pbench -pl intake-service,investigation-service,reporting-service,bench -am -DskipTests package" >&2; exit 1; }
exec java -Dmisconduct.root="$(pwd)" -Dlogback.configurationFile=org/misconduct/local/launcher-logback.xml -Dbench.service.jvm="${BENCH_SERVICE_JVM:-}" \
    -cp "bench/target/classes:$(cat bench/target/runtime-classpath.txt)" org.misconduct.bench.Bench "$@"
