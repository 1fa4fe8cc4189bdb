package org.misconduct.investigation.cases;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Investigators' decisions on a case. */
@RestController
@RequestMapping("/api/v1/cases/{caseReference}")
class CaseController {

    private final CommandGateway commands;

    CaseController(CommandGateway commands) {
        this.commands = commands;
    }

    /** Stops the evidence-preservation clock. */
    @PostMapping("/evidence-preserved")
    ResponseEntity<Void> evidencePreserved(@PathVariable String caseReference) {
        commands.sendAndWait(new RecordEvidencePreserved(caseReference));
        return ResponseEntity.noContent().build();
    }
}
