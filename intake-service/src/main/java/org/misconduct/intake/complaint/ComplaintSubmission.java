package org.misconduct.intake.complaint;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.misconduct.contracts.codes.Channel;
import org.misconduct.contracts.codes.PersonnelCategory;

/**
 * A complaint as a member of the public submits it, or as staff register one they received on the complainant's
 * behalf. Only mission and description are required; the channel is the staff's to name.
 */
public record ComplaintSubmission(
        @NotBlank @Size(max = 32) String mission,
        @NotBlank @Size(min = 10, max = 20_000) String description,
        @Size(max = 16) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as fr or sw") String language,
        @Schema(description = "How the complaint was received. Public complaints: WEB or absent (any other channel is "
                + "refused); complaints registered by staff at /api/v1/allegations: required, any channel but WEB")
        Channel channel,
        @PastOrPresent LocalDate incidentDate,
        @Size(max = 500) String location,
        PersonnelCategory personnelCategory,
        @Nationality String allegedNationality,
        @Min(0) @Max(10_000) Integer victimCount,
        Boolean minorInvolved,
        @Valid Complainant complainant) {

    /** The person complaining; absent for an anonymous complaint. */
    public record Complainant(
            @Size(max = 200) String name,
            @Size(max = 500) String contact,
            Boolean isVictim) {
    }

    boolean anonymous() {
        return complainant == null || (isBlank(complainant.name()) && isBlank(complainant.contact()));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
