package org.misconduct.intake.triage;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.domain.NotFound;
import org.misconduct.intake.allegation.AllegationStatus;
import org.misconduct.intake.allegation.AssessAllegation;
import org.misconduct.intake.allegation.CloseAllegation;
import org.misconduct.intake.allegation.EraseComplainantPersonalData;
import org.misconduct.intake.allegation.NotifyNonUnForces;
import org.misconduct.intake.allegation.ReferAllegation;
import org.misconduct.intake.allegation.ReplyToComplainant;
import org.misconduct.intake.followup.Conversation;
import org.misconduct.intake.followup.MessageRequest;
import org.misconduct.personaldata.PersonalDataVault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
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
    private final Conversation conversation;
    private final PersonalDataVault vault;
    private final TransactionTemplate transaction;

    TriageController(CommandGateway commands, AllegationViews views, Conversation conversation, PersonalDataVault vault,
                     TransactionTemplate transaction) {
        this.commands = commands;
        this.views = views;
        this.conversation = conversation;
        this.vault = vault;
        this.transaction = transaction;
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
        String subject = subjectOf(caseReference);
        AllegationStatus status = commands.sendAndWait(new CloseAllegation(caseReference, request.reason(),
                vault.seal(subject, request.note())));
        return new TriageOutcome(caseReference, status);
    }

    @PostMapping("/{caseReference}/non-un-notification")
    TriageOutcome notifyNonUnForces(@PathVariable String caseReference, @Valid @RequestBody NonUnNotificationRequest request) {
        AllegationStatus status = commands.sendAndWait(new NotifyNonUnForces(caseReference, request.authority().strip()));
        return new TriageOutcome(caseReference, status);
    }

    /** Intake's reply to the complainant, who reads it on the follow-up page. */
    @PostMapping("/{caseReference}/messages")
    ResponseEntity<TriageOutcome> reply(@PathVariable String caseReference, @Valid @RequestBody MessageRequest request) {
        String subject = subjectOf(caseReference);
        AllegationStatus status = commands.sendAndWait(new ReplyToComplainant(caseReference, vault.seal(subject, request.text())));
        return ResponseEntity.status(HttpStatus.CREATED).body(new TriageOutcome(caseReference, status));
    }

    /** Crypto-shredding: the complainant's key is destroyed, the allegation's history stays whole. */
    @DeleteMapping("/{caseReference}/complainant-personal-data")
    ResponseEntity<Void> eraseComplainant(@PathVariable String caseReference) {
        String subject = subjectOf(caseReference);
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new EraseComplainantPersonalData(caseReference));
            vault.erase(subject);
        });
        return ResponseEntity.noContent().build();
    }

    private String subjectOf(String caseReference) {
        return conversation.subjectOf(caseReference).orElseThrow(() -> new NotFound("No allegation " + caseReference));
    }
}
