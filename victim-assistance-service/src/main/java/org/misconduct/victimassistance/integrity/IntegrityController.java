package org.misconduct.victimassistance.integrity;

import org.misconduct.integrity.EventIntegrity;
import org.misconduct.integrity.IntegrityReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Auditors check that this service's stored history is the one it recorded: nothing changed, removed, added or moved. */
@RestController
class IntegrityController {

    private final EventIntegrity integrity;

    IntegrityController(EventIntegrity integrity) {
        this.integrity = integrity;
    }

    @GetMapping("/api/v1/integrity")
    IntegrityReport integrity() {
        return integrity.report();
    }
}
