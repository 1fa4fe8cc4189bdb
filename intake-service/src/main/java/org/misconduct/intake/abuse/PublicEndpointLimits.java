package org.misconduct.intake.abuse;

import org.misconduct.web.abuse.Allowance;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The allowances of intake's public requests, per client. A carrier's NAT may put many phones behind one address,
 * so they stop floods and guessing, not ordinary use. Their sizes are set in application.yml.
 *
 * @param submissions complaint submissions, by API and web form
 * @param followUps   every request that checks a follow-up code: lookups and messages, by API and web form
 */
@ConfigurationProperties("misconduct.abuse-protection")
public record PublicEndpointLimits(Allowance submissions, Allowance followUps) {

    public PublicEndpointLimits {
        if (submissions == null || followUps == null) {
            throw new IllegalArgumentException(
                    "misconduct.abuse-protection.submissions and .follow-ups need requests and a period");
        }
    }
}
