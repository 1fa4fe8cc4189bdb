package org.misconduct.web;

/**
 * A command the domain refuses in the current state, such as a referral before assessment (a 409).
 * Aggregates throw it; its message speaks to the user and must hold no personal data.
 */
public class RuleViolation extends RuntimeException {

    public RuleViolation(String message) {
        super(message);
    }
}
