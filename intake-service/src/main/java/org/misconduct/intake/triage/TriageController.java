package org.misconduct.intake.triage;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.intake.allegation.AllegationStatus;
import org.misconduct.intake.allegation.AssessAllegation;
import org.misconduct.intake.allegation.ReferAllegation;
import org.misconduct.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Intake officers' queue and triage decisions. */
@RestController
@RequestMapping("/api/v1/allegations")
class TriageController {

    private final CommandGateway commands;
    private final AllegationViews views;

    TriageController(CommandGateway commands, AllegationViews views) {
        this.commands = commands;
        this.views = views;
    }

    @GetMapping
    List<AllegationSummary> list(@RequestParam(required = false) AllegationStatus status,
                                 @RequestParam(required = false) String mission,
                                 @RequestParam(defaultValue = "0") @Min(0) int page,
                                 @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return views.list(status == null ? null : status.name(), mission, page, size);
    }

    @GetMapping("/{caseReference}")
    AllegationDetails get(@PathVariable String caseReference) {
        return views.find(caseReference).orElseThrow(() -> new NotFound("No allegation " + caseReference));
    }

    @PostMapping("/{caseReference}/assessment")
    TriageOutcome assess(@PathVariable String caseReference, @Valid @RequestBody AssessmentRequest request) {
        AllegationStatus status = commands.sendAndWait(new AssessAllegation(caseReference, request.toAssessment()));
        return new TriageOutcome(caseReference, status);
    }

    @PostMapping("/{caseReference}/referral")
    TriageOutcome refer(@PathVariable String caseReference, @Valid @RequestBody ReferralRequest request) {
        AllegationStatus status = commands.sendAndWait(new ReferAllegation(caseReference, request.investigatingEntity()));
        return new TriageOutcome(caseReference, status);
    }
}
