package org.misconduct.victimassistance.victim;

/** A need's state inside the victim aggregate. */
record Need(String needId, NeedKind kind, boolean open) {

    Need met() {
        return new Need(needId, kind, false);
    }
}
