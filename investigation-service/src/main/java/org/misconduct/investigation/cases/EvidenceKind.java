package org.misconduct.investigation.cases;

public enum EvidenceKind {
    TESTIMONY, PHYSICAL, DIGITAL, MEDICAL, DOCUMENT
}
