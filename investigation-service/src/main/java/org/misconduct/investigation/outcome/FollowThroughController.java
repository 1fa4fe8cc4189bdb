package org.misconduct.investigation.outcome;

import java.time.Instant;
import java.util.Arrays;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.contracts.codes.CriminalAuthority;
import org.misconduct.contracts.codes.CriminalReferralStatus;
import org.misconduct.contracts.codes.MemberStateActionOutcome;
import org.misconduct.domain.NotFound;
import org.misconduct.investigation.narrative.CaseNarratives;
import org.misconduct.investigation.narrative.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What follows a case beyond the UN: the outcomes of its criminal referrals, and the Member State's report of what it
 * did about its personnel. A criminal referral is identified by its authority, to which a case is referred once.
 */
@RestController
@RequestMapping("/api/v1/cases/{caseReference}")
class FollowThroughController {

    record ReferralOutcome(@NotNull CriminalReferralStatus status, @NotNull Instant at,
                           @Size(max = TextLimits.NARRATIVE) String detail) {
    }

    record ActionReport(@NotNull MemberStateActionOutcome outcome, @Size(max = TextLimits.NARRATIVE) String detail) {
    }

    private final CommandGateway commands;
    private final CaseNarratives narratives;

    FollowThroughController(CommandGateway commands, CaseNarratives narratives) {
        this.commands = commands;
        this.narratives = narratives;
    }

    @PostMapping("/criminal-referrals/{authority}/outcome")
    ResponseEntity<Void> recordReferralOutcome(@PathVariable String caseReference, @PathVariable("authority") String referral,
                                               @Valid @RequestBody ReferralOutcome request) {
        CriminalAuthority authority = Arrays.stream(CriminalAuthority.values())
                .filter(candidate -> candidate.name().equals(referral)).findFirst()
                .orElseThrow(() -> new NotFound("Case " + caseReference + " has no criminal referral " + referral));
        commands.sendAndWait(new RecordCriminalReferralOutcome(caseReference, authority, request.status(), request.at(),
                narratives.seal(caseReference, request.detail())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/member-state-action-report")
    ResponseEntity<Void> reportMemberStateAction(@PathVariable String caseReference, @Valid @RequestBody ActionReport request) {
        commands.sendAndWait(new ReportMemberStateAction(caseReference, request.outcome(),
                narratives.seal(caseReference, request.detail())));
        return ResponseEntity.noContent().build();
    }
}
