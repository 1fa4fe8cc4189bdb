package org.misconduct.intake.complaint;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Intake policy of this deployment.
 *
 * @param missions              the mission codes a complaint may name
 * @param idempotencyRetention  how long a submission's first answer (with its follow-up code, sealed) is kept for
 *                              retries on a bad network: long enough to retry, short enough that little lies waiting
 */
@ConfigurationProperties("misconduct.intake")
public record IntakeProperties(List<String> missions, Duration idempotencyRetention) {

    public IntakeProperties {
        missions = missions == null ? List.of() : List.copyOf(missions);
        idempotencyRetention = idempotencyRetention == null ? Duration.ofHours(1) : idempotencyRetention;
        if (idempotencyRetention.isNegative() || idempotencyRetention.isZero()) {
            throw new IllegalArgumentException("misconduct.intake.idempotency-retention must be positive");
        }
    }

    public boolean knowsMission(String mission) {
        return Set.copyOf(missions).contains(mission);
    }
}
