package org.misconduct.intake.complaint;

import java.net.URI;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public complaint channel: no account, no token. */
@RestController
@RequestMapping("/api/v1/complaints")
class ComplaintController {

    private final ComplaintIntake intake;

    ComplaintController(ComplaintIntake intake) {
        this.intake = intake;
    }

    @PostMapping
    ResponseEntity<ComplaintReceipt> submit(@Valid @RequestBody ComplaintSubmission complaint) {
        ComplaintReceipt receipt = intake.submit(complaint);
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + receipt.caseReference())).body(receipt);
    }
}
