package org.misconduct.investigation.clocks;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.clocks.ClockDuration;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.domain.NotFound;
import org.misconduct.investigation.narrative.CaseNarratives;
import org.misconduct.investigation.narrative.TextLimits;
import org.misconduct.web.InvalidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** More time for a running clock, for a reason that is sealed for the case file. */
@RestController
class ClockExtensionController {

    /** {@code until} (an instant) or {@code by} (an amount such as {@code P10D}, {@code PT12H} or {@code 5 working days}). */
    record Extension(Instant until, String by, @NotBlank @Size(max = TextLimits.NARRATIVE) String reason) {
    }

    private final CommandGateway commands;
    private final CaseNarratives narratives;

    ClockExtensionController(CommandGateway commands, CaseNarratives narratives) {
        this.commands = commands;
        this.narratives = narratives;
    }

    @PostMapping("/api/v1/cases/{caseReference}/clocks/{clock}/extension")
    ResponseEntity<Void> extend(@PathVariable String caseReference, @PathVariable("clock") String clockName,
                                @Valid @RequestBody Extension request) {
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
        } catch (DateTimeParseException | IllegalArgumentException e) {
            throw new InvalidRequest("by", "must be an ISO-8601 amount such as P10D or PT12H, or a number of working days such as 5 working days");
        }
    }
}
