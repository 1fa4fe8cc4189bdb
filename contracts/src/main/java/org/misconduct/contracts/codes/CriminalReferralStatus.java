package org.misconduct.contracts.codes;

import java.util.Optional;

/** What became of a criminal referral, as the authority it went to answered (or did not). */
public enum CriminalReferralStatus {
    UNDER_INVESTIGATION, PROSECUTED, CONVICTED, ACQUITTED, DECLINED, NO_RESPONSE;

    public static Optional<CriminalReferralStatus> fromCode(String code) {
        return Codes.parse(CriminalReferralStatus.class, code);
    }
}
