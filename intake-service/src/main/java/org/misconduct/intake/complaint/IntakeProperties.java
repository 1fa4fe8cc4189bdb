package org.misconduct.intake.complaint;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Intake policy of this deployment.
 *
 * @param missions              the mission codes a complaint may name
 * @param idempotencyRetention  how long a submission's first answer is kept for retries (default a day)
 */
@ConfigurationProperties("misconduct.intake")
public record IntakeProperties(List<String> missions, Duration idempotencyRetention) {

    public IntakeProperties {
        missions = missions == null ? List.of() : List.copyOf(missions);
        idempotencyRetention = idempotencyRetention == null ? Duration.ofDays(1) : idempotencyRetention;
    }

    public boolean knowsMission(String mission) {
        return Set.copyOf(missions).contains(mission);
    }
}
