package org.misconduct.victimassistance.victim;

/** A referral's state inside the victim aggregate. */
record Referral(String referralId, String needId, NeedKind kind, Outcome outcome) {

    enum Outcome { PENDING, DELIVERED, DECLINED }

    boolean isPending() {
        return outcome == Outcome.PENDING;
    }

    Referral with(Outcome newOutcome) {
        return new Referral(referralId, needId, kind, newOutcome);
    }
}
