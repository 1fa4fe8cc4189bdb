package org.misconduct.contracts.codes;

/** How a complaint reached the mission. */
public enum Channel {
    WEB, HOTLINE, COMMUNITY_FOCAL_POINT, WALK_IN, EMAIL, SMS, REFERRAL;

    /**
     * Whether staff register complaints of this channel on the complainant's behalf ({@code POST /api/v1/allegations});
     * only {@link #WEB} complaints are submitted by the public themselves.
     */
    public boolean isAssisted() {
        return this != WEB;
    }
}
