package org.misconduct.domain;

/**
 * A command the domain refuses in the current state, such as a referral before assessment. Aggregates throw it;
 * the web edge answers it as a 409. Its message speaks to the user and must hold no personal data.
 */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }
}
