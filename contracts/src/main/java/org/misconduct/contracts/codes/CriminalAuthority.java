package org.misconduct.contracts.codes;

/** Who a case is referred to for criminal accountability. */
public enum CriminalAuthority {
    HOST_STATE, SENDING_STATE
}
