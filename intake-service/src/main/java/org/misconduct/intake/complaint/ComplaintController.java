package org.misconduct.intake.complaint;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public complaint channel: no account, no token. */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ComplaintIntake intake;

    ComplaintController(ComplaintIntake intake) {
        this.intake = intake;
    }

    @Operation(summary = "Submit a complaint", description = "No account or token. The channel is always WEB: a body "
            + "naming another channel is refused (400); staff register complaints received otherwise at POST /api/v1/allegations.")
    @PostMapping
    ResponseEntity<ComplaintReceipt> submit(@Valid @RequestBody ComplaintSubmission complaint,
                                            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        ComplaintReceipt receipt = intake.submit(complaint, idempotencyKey);
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + receipt.caseReference()))
                .header("Cache-Control", "no-store")
                .body(receipt);
    }
}
