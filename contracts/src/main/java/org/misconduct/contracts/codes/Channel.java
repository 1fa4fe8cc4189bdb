package org.misconduct.contracts.codes;

/** How a complaint reached the mission. */
public enum Channel {
    WEB, HOTLINE, COMMUNITY_FOCAL_POINT, WALK_IN, EMAIL, SMS, REFERRAL
}
