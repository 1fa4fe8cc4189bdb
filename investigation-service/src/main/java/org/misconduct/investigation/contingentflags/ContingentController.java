package org.misconduct.investigation.contingentflags;

import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.investigation.contingent.RepatriateContingent;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Conduct officers' decisions on contingents. */
@RestController
@RequestMapping("/api/v1/contingents")
class ContingentController {

    private final ContingentFlags flags;
    private final CommandGateway commands;

    ContingentController(ContingentFlags flags, CommandGateway commands) {
        this.flags = flags;
        this.commands = commands;
    }

    @GetMapping("/flags")
    List<ContingentFlags.Flag> flags() {
        return flags.all();
    }

    @PostMapping("/{contingentId}/repatriation")
    ResponseEntity<Void> repatriate(@PathVariable String contingentId) {
        commands.sendAndWait(new RepatriateContingent(contingentId));
        return ResponseEntity.noContent().build();
    }
}
