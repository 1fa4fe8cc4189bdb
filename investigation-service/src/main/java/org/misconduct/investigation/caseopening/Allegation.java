package org.misconduct.investigation.caseopening;

import java.time.Instant;

import org.misconduct.contracts.codes.AllegationType;
import org.misconduct.contracts.codes.InvestigatingEntity;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.Priority;
import org.misconduct.contracts.codes.SeaCategory;

/** The referred allegation as the case received it from intake: codes, counts and dates. */
public record Allegation(
        String mission,
        AllegationType allegationType,
        SeaCategory seaCategory,
        PersonnelCategory personnelCategory,
        String nationality,
        String contingentUnit,
        Integer victimCount,
        Boolean minorInvolved,
        Priority priority,
        InvestigatingEntity investigatingEntity,
        Instant receivedAt,
        Instant referredAt) {

    /** Whether the Member State of the personnel concerned is asked to investigate: uniformed personnel of a known state. */
    public boolean concernsMemberState() {
        return personnelCategory != null && personnelCategory.answersToMemberState() && nationality != null;
    }
}
