package org.misconduct.contracts.codes;

/** Who answers for non-UN forces and is notified of an allegation against them. */
public enum NonUnAuthorityKind {
    GOVERNMENT, REGIONAL_ORGANIZATION
}
