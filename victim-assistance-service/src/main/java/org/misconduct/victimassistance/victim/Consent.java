package org.misconduct.victimassistance.victim;

/** What the victim agreed to; nothing is shared without it. */
public record Consent(boolean shareWithInvestigators) {
}
