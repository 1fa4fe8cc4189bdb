package org.misconduct.victimassistance.victim;

/** Why a referral came to nothing, so officers can see what stands between a victim and the help they need. */
public enum DeclineReason {
    DECLINED_BY_VICTIM, PROVIDER_UNAVAILABLE, NOT_ELIGIBLE, VICTIM_UNREACHABLE, OTHER
}
