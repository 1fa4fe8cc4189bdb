package org.misconduct.investigation.screening.bulk;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxPeople      the most people one upload may list: a contingent
 * @param maxUpload      the largest upload read; a list of {@code maxPeople} fits many times over
 * @param uploadsPerUser how many uploads one user may make in {@code uploadsPeriod}: enough for the rotations of a
 *                       day, too few to run a population against the records
 * @param uploadsPeriod  the period the upload allowance refills over
 * @param trackedUsers   how many users the upload limit remembers at most
 * @param resultsKept    how long a bulk screening's outcomes stay readable before they are removed
 * @param stalledAfter   how long a running bulk screening may go without progress before it is shown as interrupted
 * @param workers        how many bulk screenings one instance runs at once; later ones wait their turn
 */
@ConfigurationProperties("misconduct.screening.bulk")
record BulkScreeningProperties(@DefaultValue("1000") int maxPeople, @DefaultValue("1MB") DataSize maxUpload,
                               @DefaultValue("5") int uploadsPerUser, @DefaultValue("PT24H") Duration uploadsPeriod,
                               @DefaultValue("10000") int trackedUsers, @DefaultValue("P7D") Duration resultsKept,
                               @DefaultValue("PT2M") Duration stalledAfter, @DefaultValue("1") int workers) {
}
