package org.misconduct.integrity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Auditors check that the service's stored history is the one it recorded: nothing changed, removed, added or moved.
 * Each service's security configuration decides who may call it.
 */
@RestController
public class IntegrityController {

    private final EventIntegrity integrity;

    IntegrityController(EventIntegrity integrity) {
        this.integrity = integrity;
    }

    @GetMapping("/api/v1/integrity")
    public IntegrityReport integrity() {
        return integrity.report();
    }
}
