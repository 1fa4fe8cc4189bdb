package org.misconduct.investigation.subjects;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.investigation.identifiers.PersonIdentifiers;
import org.misconduct.investigation.narrative.TextLimits;
import org.misconduct.web.InvalidRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The subjects of a case: named with sealed identifiers, listed to those who may read the case, erased on request. */
@RestController
@RequestMapping("/api/v1/cases/{caseReference}/subjects")
class SubjectController {

    record Subject(PersonnelCategory personnelCategory,
                   @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String nationality,
                   @Size(max = TextLimits.NAME) String contingentUnit,
                   @Size(max = TextLimits.NAME) String rank,
                   @NotNull @Valid PersonIdentifiers identifiers) {
    }

    private final SubjectRecording recording;
    private final SubjectViews views;

    SubjectController(SubjectRecording recording, SubjectViews views) {
        this.recording = recording;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<Map<String, String>> record(@PathVariable String caseReference, @Valid @RequestBody Subject request) {
        requireAnIdentifier(request.identifiers());
        String subjectId = recording.record(caseReference, request.personnelCategory(), request.nationality(),
                request.contingentUnit(), request.rank(), request.identifiers());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseReference + "/subjects/" + subjectId))
                .body(Map.of("subjectId", subjectId));
    }

    @GetMapping
    List<SubjectViews.SubjectView> subjects(@PathVariable String caseReference) {
        return views.of(caseReference);
    }

    /** Crypto-shredding: the subject's key is destroyed, the history stays, screening no longer finds them. */
    @DeleteMapping("/{subjectId}/identity")
    ResponseEntity<Void> eraseIdentity(@PathVariable String caseReference, @PathVariable String subjectId) {
        recording.eraseIdentity(caseReference, subjectId);
        return ResponseEntity.noContent().build();
    }

    private static void requireAnIdentifier(PersonIdentifiers identifiers) {
        boolean any = Stream.of(identifiers.fullName(), identifiers.nationalId(), identifiers.serviceNumber(),
                identifiers.unIndexNumber()).anyMatch(value -> value != null && !value.isBlank());
        if (!any) {
            throw new InvalidRequest("identifiers", "must name the subject or give a national id, service number or UN index number");
        }
    }
}
