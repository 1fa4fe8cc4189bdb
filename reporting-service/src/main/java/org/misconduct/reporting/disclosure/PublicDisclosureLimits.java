package org.misconduct.reporting.disclosure;

import org.misconduct.web.abuse.Allowance;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many public requests (page, list, summary, CSV) one client may make; its size is set in application.yml.
 *
 * @param publicDisclosure the allowance of one client, per instance
 */
@ConfigurationProperties("misconduct.abuse-protection")
record PublicDisclosureLimits(Allowance publicDisclosure) {

    PublicDisclosureLimits {
        if (publicDisclosure == null) {
            throw new IllegalArgumentException("misconduct.abuse-protection.public-disclosure needs requests and a period");
        }
    }
}
