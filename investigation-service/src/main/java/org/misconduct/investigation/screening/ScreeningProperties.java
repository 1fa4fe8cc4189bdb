package org.misconduct.investigation.screening;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param checksPerUser how many screening checks one user may make in {@code checksPeriod}: enough for a recruitment
 *                      round, too few to run a list of names against the records
 * @param checksPeriod  the period the allowance refills over
 * @param trackedUsers  how many users the limit remembers at most
 * @param maxPageSize   the most checks the auditors' list returns at once
 */
@ConfigurationProperties("misconduct.screening")
record ScreeningProperties(@DefaultValue("120") int checksPerUser, @DefaultValue("PT1H") Duration checksPeriod,
                           @DefaultValue("10000") int trackedUsers, @DefaultValue("500") int maxPageSize) {
}
