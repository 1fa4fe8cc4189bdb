package org.misconduct.investigation.evidence;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.investigation.narrative.CaseNarratives;
import org.misconduct.investigation.narrative.TextLimits;
import org.misconduct.web.InvalidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Evidence items, their custody and their preservation; descriptions and purposes are sealed for the case file. */
@RestController
@RequestMapping("/api/v1/cases/{caseReference}")
class EvidenceController {

    record Evidence(@NotNull EvidenceKind kind,
                    @NotBlank @Size(max = TextLimits.NARRATIVE) String description,
                    @NotNull @Pattern(regexp = TextLimits.SHA256, message = TextLimits.SHA256_FORM) String sha256,
                    @NotNull Instant collectedAt,
                    @NotBlank @Size(max = TextLimits.NAME) String collectedBy) {
    }

    record CustodyTransfer(@NotBlank @Size(max = TextLimits.NAME) String from,
                           @NotBlank @Size(max = TextLimits.NAME) String to,
                           @NotNull Instant at,
                           @NotBlank @Size(max = TextLimits.NARRATIVE) String purpose,
                           @Pattern(regexp = TextLimits.SHA256, message = TextLimits.SHA256_FORM) String sha256) {
    }

    private final CommandGateway commands;
    private final CaseNarratives narratives;
    private final Clock clock;

    EvidenceController(CommandGateway commands, CaseNarratives narratives, Clock clock) {
        this.commands = commands;
        this.narratives = narratives;
        this.clock = clock;
    }

    @PostMapping("/evidence")
    ResponseEntity<Map<String, String>> record(@PathVariable String caseReference, @Valid @RequestBody Evidence request) {
        requireNotAhead("collectedAt", request.collectedAt());
        String evidenceId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordEvidence(caseReference, evidenceId, request.kind(),
                narratives.seal(caseReference, request.description()), request.sha256().toLowerCase(Locale.ROOT),
                request.collectedAt(), request.collectedBy()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseReference + "/evidence/" + evidenceId))
                .body(Map.of("evidenceId", evidenceId));
    }

    @PostMapping("/evidence/{evidenceId}/custody-transfers")
    ResponseEntity<Void> transferCustody(@PathVariable String caseReference, @PathVariable String evidenceId,
                                         @Valid @RequestBody CustodyTransfer request) {
        requireNotAhead("at", request.at());
        commands.sendAndWait(new TransferCustody(caseReference, evidenceId, request.from(), request.to(), request.at(),
                narratives.seal(caseReference, request.purpose()), request.sha256()));
        return ResponseEntity.noContent().build();
    }

    /** Stops the evidence-preservation clock. */
    @PostMapping("/evidence-preserved")
    ResponseEntity<Void> preserved(@PathVariable String caseReference) {
        commands.sendAndWait(new RecordEvidencePreserved(caseReference));
        return ResponseEntity.noContent().build();
    }

    private void requireNotAhead(String field, Instant at) {
        if (at.isAfter(clock.instant())) {
            throw new InvalidRequest(field, "must not be in the future");
        }
    }
}
