#!/usr/bin/env bash
# Runs the whole system on this machine without Docker: PostgreSQL, Kafka, Keycloak and the four services.
# Ctrl-C stops everything. Logs go to .local/logs/.
#
#   ./run.sh                        everything
#   ./run.sh --infrastructure-only  PostgreSQL, Kafka and Keycloak only, to run one service from an IDE
#
# PostgreSQL: PGHOST, PGPORT, PGUSER and PGPASSWORD name the server and a user that may create databases
# (default 127.0.0.1:5432, postgres, no password); when nothing answers on this machine, an embedded server starts.
set -euo pipefail
cd "$(dirname "$0")"

services=(intake-service investigation-service victim-assistance-service reporting-service)
launcher_classes=local-runtime/target/classes
launcher_classpath=local-runtime/target/runtime-classpath.txt
infrastructure_only=false
[[ " $* " == *" --infrastructure-only "* ]] && infrastructure_only=true

needs_build=false
if [[ "$infrastructure_only" == false ]]; then
    for service in "${services[@]}"; do
        jar="$service/target/$service.jar"
        if [[ ! -f "$jar" ]]; then
            needs_build=true
        # A source, resource or pom newer than a jar means the jars are stale.
        elif [[ -n "$(find . -path ./.local -prune -o -path '*/target' -prune -o -type f \
                \( -path '*/src/main/*' -o -name pom.xml \) -newer "$jar" -print -quit)" ]]; then
            needs_build=true
        fi
    done
fi
[[ -f "$launcher_classes/org/misconduct/local/LocalSystem.class" && -f "$launcher_classpath" ]] || needs_build=true

if [[ "$needs_build" == true ]]; then
    echo "Building the project (mvn -q -DskipTests install)..."
    ./mvnw -q -DskipTests install
fi

# The classpath file lists local-runtime's runtime dependencies; Maven writes it at build time.
exec java \
    -Dmisconduct.root="$(pwd)" \
    -Dlogback.configurationFile=org/misconduct/local/launcher-logback.xml \
    -cp "$launcher_classes:$(cat "$launcher_classpath")" \
    org.misconduct.local.LocalSystem "$@"
