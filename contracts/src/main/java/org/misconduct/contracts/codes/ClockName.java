package org.misconduct.contracts.codes;

import java.util.Arrays;
import java.util.Optional;

/**
 * The deadlines the system runs against. The wire name is what clients, published events and reports use, and
 * also the name of the clock's durable deadline. Durations are policy ({@code misconduct.clocks.*}).
 */
public enum ClockName {
    /** From receipt of an SE/SA allegation until its evidence is preserved. */
    EVIDENCE_PRESERVATION("evidence-preservation"),
    /** From notifying the Member State (MC, FPU, MO, UNPOL) until it says whether it will investigate. */
    MEMBER_STATE_INTENT("member-state-intent"),
    /** From the Member State's intent to investigate until it appoints its National Investigation Officer. */
    NIO_APPOINTMENT("nio-appointment"),
    /** From referral until a finding. */
    INVESTIGATION("investigation"),
    /** From a victim's registration until the first assistance is delivered. */
    VICTIM_FIRST_CONTACT("victim-first-contact"),
    /** From a SUBSTANTIATED finding on personnel who answer to a Member State until the state's action is recorded. */
    MEMBER_STATE_ACTION("member-state-action"),
    /** From an allegation against non-UN forces until their government or regional organisation is notified. */
    NON_UN_NOTIFICATION("non-un-notification");

    private final String wireName;

    ClockName(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<ClockName> fromWireName(String wireName) {
        return Arrays.stream(values()).filter(name -> name.wireName.equals(wireName)).findFirst();
    }
}
