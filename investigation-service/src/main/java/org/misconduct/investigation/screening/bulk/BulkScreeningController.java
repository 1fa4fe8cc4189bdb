package org.misconduct.investigation.screening.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;
import org.misconduct.contracts.codes.BulkScreeningStatus;
import org.misconduct.contracts.codes.ScreeningPurpose;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.identifiers.BlindIndexes;
import org.misconduct.web.abuse.Allowance;
import org.misconduct.web.abuse.UserRateLimit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Screening a list of people at once, such as a contingent before its rotation: the list is read and checked whole
 * before anything is stored, then screened in the background while the officer follows its progress and finally reads
 * the outcomes as CSV. Uploads have an allowance of their own per user; the people in them do not spend the allowance
 * of single checks.
 */
@RestController
@RequestMapping(BulkScreeningController.PATH)
@EnableConfigurationProperties(BulkScreeningProperties.class)
class BulkScreeningController {

    static final String PATH = "/api/v1/screening/bulk-checks";
    static final String CSV = "text/csv";

    /** Where a bulk screening stands; {@code outcomes} is where to read them once it is complete. */
    record Progress(String jobId, ScreeningPurpose purpose, BulkScreeningStatus status, int done, int total,
                    Instant requestedAt, Instant completedAt, URI outcomes) {
    }

    private final ContingentList lists;
    private final BulkScreenings screenings;
    private final BulkScreeningRunner runner;
    private final OutcomeCsv outcomeCsv;
    private final UserRateLimit uploads;
    private final BulkScreeningProperties properties;
    private final Clock clock;

    BulkScreeningController(BlindIndexes blindIndexes, Validator validator, BulkScreenings screenings, BulkScreeningRunner runner,
                            BulkScreeningProperties properties, Clock clock) {
        this.lists = new ContingentList(new PersonRow(blindIndexes, validator), properties.maxPeople(),
                properties.maxUpload().toBytes());
        this.screenings = screenings;
        this.runner = runner;
        this.outcomeCsv = new OutcomeCsv();
        this.uploads = new UserRateLimit(new Allowance(properties.uploadsPerUser(), properties.uploadsPeriod()),
                properties.trackedUsers(), clock);
        this.properties = properties;
        this.clock = clock;
    }

    @PostMapping(consumes = CSV)
    ResponseEntity<Progress> upload(Principal caller, @RequestParam ScreeningPurpose purpose, InputStream body) throws IOException {
        List<PersonToScreen> people;
        try {
            people = lists.read(body);
        } catch (UploadTooLarge tooLarge) {
            throw new ErrorResponseException(HttpStatus.PAYLOAD_TOO_LARGE,
                    ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, tooLarge.getMessage()), tooLarge);
        }
        uploads.spend(caller.getName());
        Instant now = clock.instant();
        screenings.forgetRequestedBefore(now.minus(properties.resultsKept()));
        String jobId = UUID.randomUUID().toString();
        screenings.open(jobId, caller.getName(), purpose, people.size(), now);
        runner.start(jobId, caller.getName(), purpose, people);
        return ResponseEntity.accepted().location(URI.create(PATH + "/" + jobId)).body(progress(jobId, caller));
    }

    @GetMapping("/{jobId}")
    Progress progress(@PathVariable String jobId, Principal caller) {
        BulkScreenings.Stored stored = screenings.find(jobId, caller.getName())
                .orElseThrow(() -> new NotFound("No bulk screening " + jobId + " of yours"));
        BulkScreeningStatus status = statusOf(stored);
        return new Progress(stored.jobId(), stored.purpose(), status, stored.done(), stored.total(), stored.requestedAt(),
                stored.completedAt(), status == BulkScreeningStatus.COMPLETED ? URI.create(PATH + "/" + jobId + "/outcomes") : null);
    }

    @GetMapping(value = "/{jobId}/outcomes", produces = CSV)
    String outcomes(@PathVariable String jobId, Principal caller) {
        Progress progress = progress(jobId, caller);
        if (progress.status() != BulkScreeningStatus.COMPLETED) {
            throw new RuleViolation("Bulk screening " + jobId + " is " + progress.status() + " with " + progress.done()
                    + " of " + progress.total() + " people screened; its outcomes are read once it is COMPLETED");
        }
        return outcomeCsv.write(screenings.outcomes(jobId));
    }

    private BulkScreeningStatus statusOf(BulkScreenings.Stored stored) {
        if (stored.completedAt() != null) {
            return BulkScreeningStatus.COMPLETED;
        }
        if (stored.failed()) {
            return BulkScreeningStatus.FAILED;
        }
        return stored.progressedAt().plus(properties.stalledAfter()).isBefore(clock.instant())
                ? BulkScreeningStatus.INTERRUPTED : BulkScreeningStatus.RUNNING;
    }
}
