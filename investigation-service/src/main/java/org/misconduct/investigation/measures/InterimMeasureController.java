package org.misconduct.investigation.measures;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.contracts.codes.InterimMeasureKind;
import org.misconduct.web.InvalidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Interim measures on a case, and their lifting; a payment suspension records its amount and currency. */
@RestController
@RequestMapping("/api/v1/cases/{caseReference}/interim-measures")
class InterimMeasureController {

    record InterimMeasureRequest(@NotNull InterimMeasureKind kind,
                                 @Positive BigDecimal amount,
                                 @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
    }

    private final CommandGateway commands;

    InterimMeasureController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> take(@PathVariable String caseReference, @Valid @RequestBody InterimMeasureRequest request) {
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

    @PostMapping("/{measureId}/lifted")
    ResponseEntity<Void> lift(@PathVariable String caseReference, @PathVariable String measureId) {
        commands.sendAndWait(new LiftInterimMeasure(caseReference, measureId));
        return ResponseEntity.noContent().build();
    }
}
