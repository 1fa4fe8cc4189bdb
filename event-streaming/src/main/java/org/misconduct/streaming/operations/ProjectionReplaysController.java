package org.misconduct.streaming.operations;

import java.net.URI;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** For admins: replay a projection from the first event while the service serves, and watch where each stands. */
@RestController
@RequestMapping(value = "/api/v1/projections", produces = MediaType.APPLICATION_JSON_VALUE)
public class ProjectionReplaysController {

    static final String STATUS = "/api/v1/projections/status";

    private final ProjectionReplays replays;

    ProjectionReplaysController(ProjectionReplays replays) {
        this.replays = replays;
    }

    /** Every projection: replaying or not, caught up, in error, its position and the event store's head. */
    @GetMapping("/status")
    Projections status() {
        return new Projections(replays.status());
    }

    /** 202 with the projection's status once the replay started; 404 for an unknown name, 409 while one runs. */
    @PostMapping("/{name}/replay")
    ResponseEntity<ProjectionStatus> replay(@PathVariable String name) {
        return ResponseEntity.accepted().location(URI.create(STATUS)).body(replays.replay(name));
    }

    record Projections(List<ProjectionStatus> projections) {
    }
}
