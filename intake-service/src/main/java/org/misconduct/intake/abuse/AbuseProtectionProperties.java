package org.misconduct.intake.abuse;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on the public endpoints, per client address. A carrier's NAT may put many phones behind
 * one address, so the limits stop floods and guessing, not ordinary use.
 *
 * @param submissions      complaint submissions (API and web form)
 * @param followUps        follow-up lookups and complainant messages (each one tests a follow-up code)
 * @param trackedClients   how many client addresses are remembered; the least recently seen are forgotten
 * @param maxRequestBytes  the largest request body the public endpoints accept
 */
@ConfigurationProperties("misconduct.abuse-protection")
public record AbuseProtectionProperties(Limit submissions, Limit followUps, Integer trackedClients, Integer maxRequestBytes) {

    public AbuseProtectionProperties {
        submissions = submissions == null ? new Limit(20, Duration.ofMinutes(10)) : submissions;
        followUps = followUps == null ? new Limit(60, Duration.ofMinutes(10)) : followUps;
        trackedClients = trackedClients == null ? 100_000 : trackedClients;
        maxRequestBytes = maxRequestBytes == null ? 256 * 1024 : maxRequestBytes;
    }

    /** At most {@code requests} in any {@code period}, refilled gradually. */
    public record Limit(int requests, Duration period) {
    }
}
