package org.misconduct.investigation.cases;

public enum Finding {
    SUBSTANTIATED, NOT_SUBSTANTIATED, CLOSED
}
