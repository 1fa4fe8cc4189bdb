#!/usr/bin/env bash
# Declares every topic the system uses, with its partitions and retention; safe to run again.
set -euo pipefail
bootstrap=${KAFKA_BOOTSTRAP:-kafka:9092}
topics=/opt/kafka/bin/kafka-topics.sh

declare_topic() {
    "$topics" --bootstrap-server "$bootstrap" --create --if-not-exists --topic "$1" \
        --partitions 4 --replication-factor 1 --config "retention.ms=$2"
}

# Published events and integrity checkpoints are kept for ever.
for topic in misconduct.intake.v1 misconduct.investigation.v1 misconduct.victim-assistance.v1 misconduct.integrity.v1; do
    declare_topic "$topic" -1
done
# Dead letters of each consumer of each topic, kept until someone handles them.
for dead_letters in \
    misconduct.intake.v1.investigation-service.dlt \
    misconduct.intake.v1.victim-assistance-service.dlt \
    misconduct.intake.v1.reporting-service.dlt \
    misconduct.investigation.v1.intake-service.dlt \
    misconduct.investigation.v1.reporting-service.dlt \
    misconduct.victim-assistance.v1.reporting-service.dlt; do
    declare_topic "$dead_letters" -1
done
"$topics" --bootstrap-server "$bootstrap" --list
