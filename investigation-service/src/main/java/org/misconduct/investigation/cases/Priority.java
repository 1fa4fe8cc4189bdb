package org.misconduct.investigation.cases;

public enum Priority {
    URGENT, NORMAL
}
