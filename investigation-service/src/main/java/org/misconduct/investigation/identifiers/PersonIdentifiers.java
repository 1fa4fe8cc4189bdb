package org.misconduct.investigation.identifiers;

import java.time.LocalDate;

import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * What identifies a person named as the subject of a case, or screened: personal data, any subset of it. Kept in
 * clear only while a request is answered; events hold it sealed, the screening records only its blind indexes.
 */
public record PersonIdentifiers(@Size(max = 200) String fullName,
                                @PastOrPresent LocalDate dateOfBirth,
                                @Size(max = 64) String nationalId,
                                @Size(max = 64) String serviceNumber,
                                @Size(max = 64) String unIndexNumber) {

    public static final PersonIdentifiers NONE = new PersonIdentifiers(null, null, null, null, null);
}
