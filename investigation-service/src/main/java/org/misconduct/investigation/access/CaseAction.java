package org.misconduct.investigation.access;

/** What a request does to a case, as the decision rights tell them apart. */
public enum CaseAction {
    /** Reads the case, its queue row, history, evidence or subjects. */
    READ,
    /** Establishes facts: assignment, evidence and its custody and preservation, findings, subjects, more time to investigate. */
    INVESTIGATE,
    /** Decides on the accused's state and its personnel: responses, measures and payments, referrals, actions, contingents, erasure of a subject's identity. */
    DECIDE
}
