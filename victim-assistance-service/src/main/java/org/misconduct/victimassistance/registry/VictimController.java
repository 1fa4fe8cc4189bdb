package org.misconduct.victimassistance.registry;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.misconduct.domain.NotFound;
import org.misconduct.web.EventHistory;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Victim assistance officers' register of victims. */
@RestController
@Validated
@RequestMapping("/api/v1/victims")
class VictimController {

    private final VictimRegistration registration;
    private final VictimViews views;
    private final EventStore events;

    VictimController(VictimRegistration registration, VictimViews views, EventStore events) {
        this.registration = registration;
        this.views = views;
        this.events = events;
    }

    @PostMapping
    ResponseEntity<VictimReceipt> register(@Valid @RequestBody VictimRegistrationRequest request) {
        VictimReceipt receipt = registration.register(request);
        return ResponseEntity.created(URI.create("/api/v1/victims/" + receipt.victimId())).body(receipt);
    }

    @GetMapping
    List<VictimSummary> list(@RequestParam(required = false) String caseReference,
                             @RequestParam(defaultValue = "0") @Min(0) int page,
                             @RequestParam(defaultValue = "50") @Min(1) @Max(500) int size) {
        return views.list(caseReference, page, size);
    }

    @GetMapping("/{victimId}")
    VictimDetails get(@PathVariable String victimId) {
        return views.find(victimId).orElseThrow(() -> new NotFound("No victim " + victimId));
    }

    /** Gives or withdraws the victim's consent to share with investigators; each change is an event. */
    @PostMapping("/{victimId}/consent")
    ResponseEntity<Void> changeConsent(@PathVariable String victimId, @Valid @RequestBody ConsentRequest request) {
        registration.changeSharingConsent(victimId, request.shareWithInvestigators());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{victimId}/personal-data")
    ResponseEntity<Void> erasePersonalData(@PathVariable String victimId) {
        registration.erasePersonalData(victimId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{victimId}/history")
    List<EventHistory.Entry> history(@PathVariable String victimId) {
        List<EventHistory.Entry> entries = EventHistory.of(events, victimId);
        if (entries.isEmpty()) {
            throw new NotFound("No victim " + victimId);
        }
        return entries;
    }
}
