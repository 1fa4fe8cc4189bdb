package org.misconduct.investigation.cases;

/** An evidence item's state inside the case aggregate: its hash never changes, its custodian does. */
record EvidenceItem(String sha256, String custodian) {

    EvidenceItem handedTo(String nextCustodian) {
        return new EvidenceItem(sha256, nextCustodian);
    }
}
