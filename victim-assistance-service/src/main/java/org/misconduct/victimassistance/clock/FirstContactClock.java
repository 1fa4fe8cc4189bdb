package org.misconduct.victimassistance.clock;

/** The name of the clock from a victim's registration to their first delivered assistance; also its durable deadline's name. */
public final class FirstContactClock {

    public static final String NAME = "victim-first-contact";

    private FirstContactClock() {
    }
}
