package org.misconduct.contracts.codes;

import java.util.Optional;

/** The category of personnel an alleged perpetrator belongs to, and what follows from it. */
public enum PersonnelCategory {
    /** International staff. */
    INT(Service.CIVILIAN),
    /** National staff. */
    NS(Service.CIVILIAN),
    /** UN Volunteers. */
    UNV(Service.CIVILIAN),
    /** Military contingent. */
    MC(Service.CONTINGENT),
    /** Military observer or expert on mission. */
    MO(Service.INDIVIDUALLY_DEPLOYED),
    /** Individual police. */
    UNPOL(Service.INDIVIDUALLY_DEPLOYED),
    /** Formed police unit. */
    FPU(Service.CONTINGENT),
    /** Forces not under UN command. */
    NON_UN(Service.NONE),
    UNKNOWN(Service.NONE);

    private enum Service { CIVILIAN, CONTINGENT, INDIVIDUALLY_DEPLOYED, NONE }

    private final Service service;

    PersonnelCategory(Service service) {
        this.service = service;
    }

    /** Uniformed personnel, whose nationality is publicly disclosed. */
    public boolean uniformed() {
        return service == Service.CONTINGENT || service == Service.INDIVIDUALLY_DEPLOYED;
    }

    /** Personnel a Member State contributes and disciplines: it is asked whether it will investigate, and must act. */
    public boolean answersToMemberState() {
        return uniformed();
    }

    /** Members of a contingent or formed unit, whose country's payments can be suspended and unit repatriated. */
    public boolean servesInContingent() {
        return service == Service.CONTINGENT;
    }

    /** UN staff and volunteers, who can be placed on administrative leave without pay. */
    public boolean unStaff() {
        return service == Service.CIVILIAN;
    }

    public static Optional<PersonnelCategory> fromCode(String code) {
        return Codes.parse(PersonnelCategory.class, code);
    }
}
