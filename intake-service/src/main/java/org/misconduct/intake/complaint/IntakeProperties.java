package org.misconduct.intake.complaint;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Intake policy of this deployment.
 *
 * @param missions the mission codes a complaint may name
 */
@ConfigurationProperties("misconduct.intake")
public record IntakeProperties(List<String> missions) {

    public IntakeProperties {
        missions = missions == null ? List.of() : List.copyOf(missions);
    }

    public boolean knowsMission(String mission) {
        return Set.copyOf(missions).contains(mission);
    }
}
