package org.misconduct.intake.erasure;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An intake officer erases a complainant's personal data, at their request or by policy. */
@RestController
class ComplainantErasureController {

    private final ComplainantErasure erasure;

    ComplainantErasureController(ComplainantErasure erasure) {
        this.erasure = erasure;
    }

    @DeleteMapping("/api/v1/allegations/{caseReference}/complainant-personal-data")
    ResponseEntity<Void> eraseComplainant(@PathVariable String caseReference) {
        erasure.erase(caseReference);
        return ResponseEntity.noContent().build();
    }
}
