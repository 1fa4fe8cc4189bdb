package org.misconduct.investigation.cases;

public enum AllegationType {
    SE, SA, OTHER_MISCONDUCT;

    /** Sexual exploitation and abuse: the allegations whose evidence must be preserved within the clock. */
    public boolean isSexualExploitationOrAbuse() {
        return this == SE || this == SA;
    }
}
