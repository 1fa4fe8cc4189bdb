package org.misconduct.victimassistance.assistance;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.contracts.codes.CaseReference;
import org.misconduct.victimassistance.victim.DeclineReason;
import org.misconduct.victimassistance.victim.IdentifyNeed;
import org.misconduct.victimassistance.victim.NeedKind;
import org.misconduct.victimassistance.victim.RecordDecline;
import org.misconduct.victimassistance.victim.RecordDelivery;
import org.misconduct.victimassistance.victim.ReferToProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Victim assistance officers record needs, refer victims to providers, and record what came of it. */
@RestController
@Validated
class AssistanceController {

    private final CommandGateway commands;
    private final AssistanceViews views;

    AssistanceController(CommandGateway commands, AssistanceViews views) {
        this.commands = commands;
        this.views = views;
    }

    record NeedReceipt(String needId, String kind) {
    }

    record ReferralReceipt(String referralId) {
    }

    /** @param reason optional: why the referral came to nothing */
    record DeclineRequest(DeclineReason reason) {
    }

    @PostMapping("/api/v1/victims/{victimId}/needs")
    ResponseEntity<NeedReceipt> identifyNeed(@PathVariable String victimId, @Valid @RequestBody NeedRequest request) {
        String needId = UUID.randomUUID().toString();
        commands.sendAndWait(new IdentifyNeed(victimId, needId, request.kind()));
        return ResponseEntity.created(URI.create("/api/v1/victims/" + victimId)).body(new NeedReceipt(needId, request.kind().name()));
    }

    @PostMapping("/api/v1/victims/{victimId}/referrals")
    ResponseEntity<ReferralReceipt> refer(@PathVariable String victimId, @Valid @RequestBody ReferralRequest request) {
        String referralId = UUID.randomUUID().toString();
        commands.sendAndWait(new ReferToProvider(victimId, referralId, request.need().trim(), request.provider().trim()));
        return ResponseEntity.created(URI.create("/api/v1/victims/" + victimId)).body(new ReferralReceipt(referralId));
    }

    @PostMapping("/api/v1/victims/{victimId}/referrals/{referralId}/delivered")
    ResponseEntity<Void> delivered(@PathVariable String victimId, @PathVariable String referralId) {
        commands.sendAndWait(new RecordDelivery(victimId, referralId));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/victims/{victimId}/referrals/{referralId}/declined")
    ResponseEntity<Void> declined(@PathVariable String victimId, @PathVariable String referralId,
                                  @RequestBody(required = false) DeclineRequest request) {
        commands.sendAndWait(new RecordDecline(victimId, referralId, request == null ? null : request.reason()));
        return ResponseEntity.noContent().build();
    }

    /** Open needs across victims, longest waiting first. */
    @GetMapping("/api/v1/open-needs")
    List<AssistanceViews.OpenNeed> openNeeds(
            @RequestParam(required = false) @Pattern(regexp = CaseReference.PATTERN, message = CaseReference.FORM) String caseReference,
            @RequestParam(required = false) NeedKind kind,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return views.openNeeds(caseReference, kind == null ? null : kind.name(), page, size);
    }
}
