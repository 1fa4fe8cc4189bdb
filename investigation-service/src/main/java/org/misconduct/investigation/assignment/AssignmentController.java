package org.misconduct.investigation.assignment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.investigation.narrative.TextLimits;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Who works a case. */
@RestController
class AssignmentController {

    record Assignment(@NotBlank @Size(max = TextLimits.NAME) String investigator) {
    }

    private final CommandGateway commands;

    AssignmentController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/cases/{caseReference}/assignment")
    ResponseEntity<Void> assign(@PathVariable String caseReference, @Valid @RequestBody Assignment request) {
        commands.sendAndWait(new AssignCase(caseReference, request.investigator()));
        return ResponseEntity.noContent().build();
    }
}
