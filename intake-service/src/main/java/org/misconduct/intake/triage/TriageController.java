package org.misconduct.intake.triage;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.domain.NotFound;
import org.misconduct.intake.allegation.AllegationStatus;
import org.misconduct.intake.allegation.AssessAllegation;
import org.misconduct.intake.allegation.CloseAllegation;
import org.misconduct.intake.allegation.NotifyNonUnForces;
import org.misconduct.intake.allegation.ReferAllegation;
import org.misconduct.intake.allegation.ReplyToComplainant;
import org.misconduct.intake.followup.AllegationSubjects;
import org.misconduct.intake.followup.MessageRequest;
import org.misconduct.personaldata.PersonalDataVault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
    private final AllegationSubjects subjects;
    private final PersonalDataVault vault;

    TriageController(CommandGateway commands, AllegationViews views, AllegationSubjects subjects, PersonalDataVault vault) {
        this.commands = commands;
        this.views = views;
        this.subjects = subjects;
        this.vault = vault;
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

    @PostMapping("/{caseReference}/closure")
    TriageOutcome close(@PathVariable String caseReference, @Valid @RequestBody ClosureRequest request) {
        String narrative = known(subjects.narrativeOf(caseReference), caseReference);
        AllegationStatus status = commands.sendAndWait(new CloseAllegation(caseReference, request.reason(),
                vault.seal(narrative, request.note())));
        return new TriageOutcome(caseReference, status);
    }

    @PostMapping("/{caseReference}/non-un-notification")
    TriageOutcome notifyNonUnForces(@PathVariable String caseReference, @Valid @RequestBody NonUnNotificationRequest request) {
        AllegationStatus status = commands.sendAndWait(new NotifyNonUnForces(caseReference, request.notified()));
        return new TriageOutcome(caseReference, status);
    }

    /** Intake's reply to the complainant, who reads it on the follow-up page. */
    @PostMapping("/{caseReference}/messages")
    ResponseEntity<TriageOutcome> reply(@PathVariable String caseReference, @Valid @RequestBody MessageRequest request) {
        String complainant = known(subjects.complainantOf(caseReference), caseReference);
        AllegationStatus status = commands.sendAndWait(new ReplyToComplainant(caseReference, vault.seal(complainant, request.text())));
        return ResponseEntity.status(HttpStatus.CREATED).body(new TriageOutcome(caseReference, status));
    }

    private static String known(Optional<String> subject, String caseReference) {
        return subject.orElseThrow(() -> new NotFound("No allegation " + caseReference));
    }
}
