package org.misconduct.investigation.outcome;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.contracts.codes.ActionBy;
import org.misconduct.contracts.codes.ActionKind;
import org.misconduct.contracts.codes.CriminalAuthority;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.investigation.narrative.CaseNarratives;
import org.misconduct.investigation.narrative.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The finding, criminal referrals and final actions of a case; summaries and details are sealed for the case file. */
@RestController
@RequestMapping("/api/v1/cases/{caseReference}")
class OutcomeController {

    record FindingRequest(@NotNull Finding finding,
                          @NotBlank @Size(max = TextLimits.NARRATIVE) String summary,
                          @Size(max = TextLimits.NARRATIVE) String noEvidenceReason) {
    }

    record CriminalReferral(@NotNull CriminalAuthority authority) {
    }

    record Action(@NotNull ActionKind kind, @NotNull ActionBy by, @Size(max = TextLimits.NARRATIVE) String detail) {
    }

    private final CommandGateway commands;
    private final CaseNarratives narratives;

    OutcomeController(CommandGateway commands, CaseNarratives narratives) {
        this.commands = commands;
        this.narratives = narratives;
    }

    @PostMapping("/findings")
    ResponseEntity<Void> recordFinding(@PathVariable String caseReference, @Valid @RequestBody FindingRequest request) {
        commands.sendAndWait(new RecordFinding(caseReference, request.finding(), narratives.seal(caseReference, request.summary()),
                narratives.seal(caseReference, request.noEvidenceReason())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/criminal-referrals")
    ResponseEntity<Void> referForProsecution(@PathVariable String caseReference, @Valid @RequestBody CriminalReferral request) {
        commands.sendAndWait(new MakeCriminalReferral(caseReference, request.authority()));
        // A case is referred to each authority once: the authority identifies the referral.
        return ResponseEntity.noContent().header("Location", "/api/v1/cases/" + caseReference + "/criminal-referrals/"
                + request.authority().name()).build();
    }

    @PostMapping("/actions")
    ResponseEntity<Map<String, String>> takeAction(@PathVariable String caseReference, @Valid @RequestBody Action request) {
        String actionId = UUID.randomUUID().toString();
        commands.sendAndWait(new TakeDisciplinaryAction(caseReference, actionId, request.kind(), request.by(),
                narratives.seal(caseReference, request.detail())));
        return ResponseEntity.status(201).body(Map.of("actionId", actionId));
    }
}
