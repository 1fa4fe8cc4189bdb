package org.misconduct.investigation.cases;

import java.net.URI;
import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.investigation.clock.ClockDuration;
import org.misconduct.investigation.clock.ClockName;
import org.misconduct.web.InvalidRequest;
import org.misconduct.web.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Investigators' decisions on a case; each is a command to the case aggregate. A Member State's investigator
 * reaches only that state's cases: the scope is checked before any of these methods is called. Free text is
 * sealed for the case file before it enters a command.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseReference}")
class CaseController {

    private final CommandGateway commands;
    private final CaseNarratives narratives;
    private final Clock clock;

    CaseController(CommandGateway commands, CaseNarratives narratives, Clock clock) {
        this.commands = commands;
        this.narratives = narratives;
        this.clock = clock;
    }

    @PostMapping("/assignment")
    ResponseEntity<Void> assign(@PathVariable String caseReference, @Valid @RequestBody CaseRequests.Assignment request) {
        commands.sendAndWait(new AssignCase(caseReference, request.investigator()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/evidence")
    ResponseEntity<Map<String, String>> recordEvidence(@PathVariable String caseReference,
                                                       @Valid @RequestBody CaseRequests.Evidence request) {
        if (request.collectedAt().isAfter(clock.instant())) {
            throw new InvalidRequest("collectedAt", "must not be in the future");
        }
        String evidenceId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordEvidence(caseReference, evidenceId, request.kind(),
                narratives.seal(caseReference, request.description()),
                request.sha256().toLowerCase(java.util.Locale.ROOT), request.collectedAt(), request.collectedBy()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseReference + "/evidence/" + evidenceId))
                .body(Map.of("evidenceId", evidenceId));
    }

    @PostMapping("/evidence/{evidenceId}/custody-transfers")
    ResponseEntity<Void> transferCustody(@PathVariable String caseReference, @PathVariable String evidenceId,
                                         @Valid @RequestBody CaseRequests.CustodyTransfer request) {
        if (request.at().isAfter(clock.instant())) {
            throw new InvalidRequest("at", "must not be in the future");
        }
        commands.sendAndWait(new TransferCustody(caseReference, evidenceId, request.from(), request.to(), request.at(),
                narratives.seal(caseReference, request.purpose()), request.sha256()));
        return ResponseEntity.noContent().build();
    }

    /** Stops the evidence-preservation clock. */
    @PostMapping("/evidence-preserved")
    ResponseEntity<Void> evidencePreserved(@PathVariable String caseReference) {
        commands.sendAndWait(new RecordEvidencePreserved(caseReference));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/member-state-response")
    ResponseEntity<Void> memberStateResponse(@PathVariable String caseReference,
                                             @Valid @RequestBody CaseRequests.MemberStateResponse request) {
        commands.sendAndWait(new RecordMemberStateResponse(caseReference, request.willInvestigate(),
                Boolean.TRUE.equals(request.nioAppointed())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/interim-measures")
    ResponseEntity<Map<String, String>> takeInterimMeasure(@PathVariable String caseReference,
                                                           @Valid @RequestBody CaseRequests.InterimMeasure request) {
        boolean suspension = request.kind() == InterimMeasureKind.PAYMENT_SUSPENSION;
        if (suspension && request.amount() == null) {
            throw new InvalidRequest("amount", "is required for a payment suspension");
        }
        if (suspension && request.currency() == null) {
            throw new InvalidRequest("currency", "is required for a payment suspension");
        }
        if (!suspension && (request.amount() != null || request.currency() != null)) {
            throw new InvalidRequest("amount", "is recorded for a payment suspension only");
        }
        String measureId = UUID.randomUUID().toString();
        commands.sendAndWait(new TakeInterimMeasure(caseReference, measureId, request.kind(), request.amount(), request.currency()));
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseReference + "/interim-measures/" + measureId))
                .body(Map.of("measureId", measureId));
    }

    @PostMapping("/interim-measures/{measureId}/lifted")
    ResponseEntity<Void> liftInterimMeasure(@PathVariable String caseReference, @PathVariable String measureId) {
        commands.sendAndWait(new LiftInterimMeasure(caseReference, measureId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/findings")
    ResponseEntity<Void> recordFinding(@PathVariable String caseReference, @Valid @RequestBody CaseRequests.FindingRequest request) {
        commands.sendAndWait(new RecordFinding(caseReference, request.finding(), narratives.seal(caseReference, request.summary()),
                narratives.seal(caseReference, request.noEvidenceReason())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/criminal-referrals")
    ResponseEntity<Void> referForProsecution(@PathVariable String caseReference,
                                             @Valid @RequestBody CaseRequests.CriminalReferral request) {
        commands.sendAndWait(new MakeCriminalReferral(caseReference, request.authority()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/actions")
    ResponseEntity<Map<String, String>> takeAction(@PathVariable String caseReference, @Valid @RequestBody CaseRequests.Action request) {
        String actionId = UUID.randomUUID().toString();
        commands.sendAndWait(new TakeDisciplinaryAction(caseReference, actionId, request.kind(), request.by(),
                narratives.seal(caseReference, request.detail())));
        return ResponseEntity.status(201).body(Map.of("actionId", actionId));
    }

    /** Body: {@code until} (an instant) or {@code by} (an ISO-8601 amount such as {@code P10D}), and a {@code reason}. */
    @PostMapping("/clocks/{clock}/extension")
    ResponseEntity<Void> extendClock(@PathVariable String caseReference, @PathVariable("clock") String clockName,
                                     @Valid @RequestBody CaseRequests.Extension request) {
        ClockName name = ClockName.fromWireName(clockName).orElseThrow(() -> new NotFound("No clock " + clockName));
        if ((request.until() == null) == (request.by() == null)) {
            throw new InvalidRequest("until", "give either until or by");
        }
        commands.sendAndWait(new ExtendClock(caseReference, name, request.until(), amount(request.by()),
                narratives.seal(caseReference, request.reason())));
        return ResponseEntity.noContent().build();
    }

    private static ClockDuration amount(String by) {
        if (by == null) {
            return null;
        }
        try {
            return ClockDuration.of(by);
        } catch (DateTimeParseException e) {
            throw new InvalidRequest("by", "must be an ISO-8601 amount such as P10D or PT12H");
        }
    }
}
