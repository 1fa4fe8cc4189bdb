package org.misconduct.victimassistance.paternity;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.victimassistance.victim.RecordPaternityClaimStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Paternity and child-support claims of a victim, status by status. */
@RestController
class PaternityClaimController {

    private final CommandGateway commands;

    PaternityClaimController(CommandGateway commands) {
        this.commands = commands;
    }

    record ClaimReceipt(String claimId, String status) {
    }

    @PostMapping("/api/v1/victims/{victimId}/paternity-claims")
    ResponseEntity<ClaimReceipt> record(@PathVariable String victimId, @Valid @RequestBody PaternityClaimRequest request) {
        String claimId = commands.sendAndWait(new RecordPaternityClaimStatus(victimId, blankToNull(request.claimId()),
                UUID.randomUUID().toString(), request.status()));
        return ResponseEntity.created(URI.create("/api/v1/victims/" + victimId))
                .body(new ClaimReceipt(claimId, request.status().name()));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
