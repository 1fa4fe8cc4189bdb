package org.misconduct.intake.assisted;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import org.misconduct.intake.complaint.ComplaintIntake;
import org.misconduct.intake.complaint.ComplaintReceipt;
import org.misconduct.intake.complaint.ComplaintSubmission;
import org.misconduct.web.ActingUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Assisted intake: intake officers and community focal points register a complaint they took by hotline, in person,
 * by SMS, e-mail or referral, on the complainant's behalf. It is registered as a public complaint is, with the channel
 * they name and themselves as the acting user, and the receipt's follow-up code is for them to hand to the complainant.
 */
@RestController
@RequestMapping("/api/v1/allegations")
class AssistedIntakeController {

    private final ComplaintIntake intake;

    AssistedIntakeController(ComplaintIntake intake) {
        this.intake = intake;
    }

    @Operation(summary = "Register a complaint received by another channel than the web",
            description = "Roles intake-officer and community-focal-point. The body is a complaint's, with channel required: "
                    + "HOTLINE, WALK_IN, COMMUNITY_FOCAL_POINT, SMS, EMAIL or REFERRAL (WEB is refused). The complainant's "
                    + "identity is sealed as in a public complaint; the history names the staff member as the acting user "
                    + "of the registration. The follow-up code is shown once, to be handed to the complainant.")
    @ApiResponse(responseCode = "201", description = "Registered; Location names the allegation")
    @PostMapping
    ResponseEntity<ComplaintReceipt> register(
            @Valid @RequestBody ComplaintSubmission complaint,
            @Parameter(description = "A retry by the same staff member with the same key returns the first receipt")
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        String takenBy = ActingUser.current().orElseThrow(() -> new IllegalStateException("Assisted intake without a user"));
        ComplaintReceipt receipt = intake.registerReceived(complaint, takenBy, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/allegations/" + receipt.caseReference()))
                .header("Cache-Control", "no-store")
                .body(receipt);
    }
}
