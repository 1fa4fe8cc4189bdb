package org.misconduct.investigation.cases;

/** Who took a final action. */
public enum ActionBy {
    UN, MEMBER_STATE
}
