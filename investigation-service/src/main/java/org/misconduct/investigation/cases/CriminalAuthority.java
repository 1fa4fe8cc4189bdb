package org.misconduct.investigation.cases;

/** Who a case is referred to for criminal accountability. */
public enum CriminalAuthority {
    HOST_STATE, SENDING_STATE
}
