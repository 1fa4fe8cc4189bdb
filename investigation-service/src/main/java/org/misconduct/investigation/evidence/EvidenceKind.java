package org.misconduct.investigation.evidence;

public enum EvidenceKind {
    TESTIMONY, PHYSICAL, DIGITAL, MEDICAL, DOCUMENT
}
