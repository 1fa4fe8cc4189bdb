package org.misconduct.reporting.replay;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import org.misconduct.domain.NotFound;
import org.misconduct.reporting.ledger.ProjectionRebuild;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For admins: rebuild every projection from the ledger while the service stays up, and watch it. */
@RestController
@RequestMapping(value = "/api/v1/projections", produces = MediaType.APPLICATION_JSON_VALUE)
class ProjectionsController {

    static final String STATUS = "/api/v1/projections/status";

    private final ProjectionRebuilds rebuilds;
    private final ProjectionRebuild ledger;
    private final TopicLag lag;

    ProjectionsController(ProjectionRebuilds rebuilds, ProjectionRebuild ledger, TopicLag lag) {
        this.rebuilds = rebuilds;
        this.ledger = ledger;
        this.lag = lag;
    }

    @Operation(summary = "Rebuild every projection from the ledger of received events",
            description = "Runs in the background; readers see the previous figures until the rebuild commits. 409 while one runs.")
    @PostMapping("/rebuild")
    ResponseEntity<RebuildProgress> rebuild() {
        return ResponseEntity.accepted().location(URI.create(STATUS)).body(rebuilds.start());
    }

    @Operation(summary = "Rebuild one projection from the ledger of received events",
            description = "The others stay as they are. Runs in the background like a rebuild; 404 for an unknown name,"
                    + " 409 while a rebuild runs.")
    @PostMapping("/{name}/replay")
    ResponseEntity<RebuildProgress> replay(@PathVariable String name) {
        if (!ledger.names().contains(name)) {
            throw new NotFound("No projection is named " + name);
        }
        return ResponseEntity.accepted().location(URI.create(STATUS)).body(rebuilds.start(name));
    }

    @Operation(summary = "Ledger size, progress of the latest rebuild, and the consumer lag per topic")
    @GetMapping("/status")
    ProjectionsStatus status() {
        RebuildProgress progress = rebuilds.progress();
        return new ProjectionsStatus(progress.ledgerEvents(ledger::ledgerSize), progress, lag.read());
    }
}
