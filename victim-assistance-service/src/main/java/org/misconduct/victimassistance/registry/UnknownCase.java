package org.misconduct.victimassistance.registry;

/** A registration against a case reference intake has not announced (a 422: well-formed, but nothing to attach to). */
class UnknownCase extends RuntimeException {

    UnknownCase(String caseReference) {
        super("Case " + caseReference + " is not known to victim assistance; intake must register it first");
    }
}
