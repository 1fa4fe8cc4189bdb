package org.misconduct.intake.followup;

import java.net.URI;

import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The complainant's follow-up: no account, only the case reference and the follow-up code. */
@RestController
@RequestMapping("/api/v1/complaints/{caseReference}")
class FollowUpController {

    static final String FOLLOW_UP_CODE = "Follow-Up-Code";

    private final ComplaintFollowUp followUp;

    FollowUpController(ComplaintFollowUp followUp) {
        this.followUp = followUp;
    }

    @GetMapping
    ResponseEntity<FollowUpView> view(@PathVariable String caseReference, @RequestHeader(FOLLOW_UP_CODE) String followUpCode) {
        return ResponseEntity.ok().header("Cache-Control", "no-store").body(followUp.view(caseReference, followUpCode));
    }

    @PostMapping("/messages")
    ResponseEntity<FollowUpView> send(@PathVariable String caseReference, @RequestHeader(FOLLOW_UP_CODE) String followUpCode,
                                      @Valid @RequestBody MessageRequest message) {
        followUp.sendMessage(caseReference, followUpCode, message.text());
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + caseReference))
                .header("Cache-Control", "no-store")
                .body(followUp.view(caseReference, followUpCode));
    }
}
