package org.misconduct.investigation.memberstate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The Member State's answer: whether it will investigate, and whether its investigation officer is appointed. */
@RestController
class MemberStateController {

    record MemberStateResponse(@NotNull Boolean willInvestigate, Boolean nioAppointed) {
    }

    private final CommandGateway commands;

    MemberStateController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/cases/{caseReference}/member-state-response")
    ResponseEntity<Void> respond(@PathVariable String caseReference, @Valid @RequestBody MemberStateResponse request) {
        commands.sendAndWait(new RecordMemberStateResponse(caseReference, request.willInvestigate(),
                Boolean.TRUE.equals(request.nioAppointed())));
        return ResponseEntity.noContent().build();
    }
}
