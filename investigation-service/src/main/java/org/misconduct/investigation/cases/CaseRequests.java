package org.misconduct.investigation.cases;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** Request bodies of the case endpoints. Narrative fields are sealed for the case file and never leave this service. */
final class CaseRequests {

    static final String SHA256 = "[0-9a-fA-F]{64}";
    static final int NARRATIVE = 20_000;
    static final int NAME = 255;

    private CaseRequests() {
    }

    record Assignment(@NotBlank @Size(max = NAME) String investigator) {
    }

    record Evidence(@NotNull EvidenceKind kind,
                    @NotBlank @Size(max = NARRATIVE) String description,
                    @NotNull @Pattern(regexp = SHA256, message = "must be 64 hexadecimal digits") String sha256,
                    @NotNull Instant collectedAt,
                    @NotBlank @Size(max = NAME) String collectedBy) {
    }

    record CustodyTransfer(@NotBlank @Size(max = NAME) String from,
                           @NotBlank @Size(max = NAME) String to,
                           @NotNull Instant at,
                           @NotBlank @Size(max = NARRATIVE) String purpose,
                           @Pattern(regexp = SHA256, message = "must be 64 hexadecimal digits") String sha256) {
    }

    record MemberStateResponse(@NotNull Boolean willInvestigate, Boolean nioAppointed) {
    }

    record InterimMeasure(@NotNull InterimMeasureKind kind,
                          @Positive BigDecimal amount,
                          @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
    }

    record FindingRequest(@NotNull Finding finding,
                          @NotBlank @Size(max = NARRATIVE) String summary,
                          @Size(max = NARRATIVE) String noEvidenceReason) {
    }

    record CriminalReferral(@NotNull CriminalAuthority authority) {
    }

    record Action(@NotNull ActionKind kind, @NotNull ActionBy by, @Size(max = NARRATIVE) String detail) {
    }

    record Extension(Instant until, String by, @NotBlank @Size(max = NARRATIVE) String reason) {
    }
}
