package org.misconduct.contracts.codes;

import java.util.Optional;

/** The kind of misconduct alleged: sexual exploitation (SE), sexual abuse (SA), or other misconduct. */
public enum AllegationType {
    SE, SA, OTHER_MISCONDUCT;

    /** Sexual exploitation and abuse: the allegations whose evidence must be preserved within its clock. */
    public boolean isSexualExploitationOrAbuse() {
        return this == SE || this == SA;
    }

    public static Optional<AllegationType> fromCode(String code) {
        return Codes.parse(AllegationType.class, code);
    }
}
