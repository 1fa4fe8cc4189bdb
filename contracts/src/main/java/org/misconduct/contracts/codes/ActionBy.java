package org.misconduct.contracts.codes;

/** Who took a final action: the UN, or the Member State that contributed the personnel. */
public enum ActionBy {
    UN, MEMBER_STATE
}
