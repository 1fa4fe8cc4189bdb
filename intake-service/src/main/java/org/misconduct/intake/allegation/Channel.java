package org.misconduct.intake.allegation;

/** How the complaint reached the mission. */
public enum Channel {
    WEB, HOTLINE, COMMUNITY_FOCAL_POINT, WALK_IN, EMAIL, SMS, REFERRAL
}
