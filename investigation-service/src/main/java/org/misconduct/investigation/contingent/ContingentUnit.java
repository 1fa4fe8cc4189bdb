package org.misconduct.investigation.contingent;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.misconduct.investigation.caseopening.Allegation;

/** A contingent: a unit of one Member State in one mission. Its id is derived from the three, so every case finds the same one. */
public record ContingentUnit(String contingentId, String mission, String nationality, String unit) {

    public static ContingentUnit of(String mission, String nationality, String unit) {
        String id = UUID.nameUUIDFromBytes((mission + "|" + nationality + "|" + unit).getBytes(StandardCharsets.UTF_8)).toString();
        return new ContingentUnit(id, mission, nationality, unit);
    }

    /** The contingent an allegation concerns, if it concerns a known unit of a military contingent or formed police unit. */
    public static Optional<ContingentUnit> of(Allegation allegation) {
        boolean contingent = allegation.personnelCategory() != null && allegation.personnelCategory().servesInContingent();
        if (!contingent || allegation.nationality() == null || allegation.contingentUnit() == null
                || allegation.contingentUnit().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(of(allegation.mission(), allegation.nationality(), allegation.contingentUnit()));
    }
}
