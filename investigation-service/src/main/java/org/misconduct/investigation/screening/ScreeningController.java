package org.misconduct.investigation.screening;

import java.security.Principal;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.contracts.codes.ScreeningOutcome;
import org.misconduct.contracts.codes.ScreeningPurpose;
import org.misconduct.investigation.identifiers.BlindIndexes;
import org.misconduct.investigation.identifiers.PersonIdentifiers;
import org.misconduct.investigation.screening.check.RecordScreeningCheck;
import org.misconduct.web.InvalidRequest;
import org.misconduct.web.abuse.Allowance;
import org.misconduct.web.abuse.UserRateLimit;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Screening a person against the records of cases: the answer tells only whether there is a record, and of each its
 * kind and year. Each check is recorded before it is answered; each user has an allowance of checks.
 */
@RestController
@Validated
@RequestMapping("/api/v1/screening/checks")
@EnableConfigurationProperties(ScreeningProperties.class)
class ScreeningController {

    record Check(@NotNull ScreeningPurpose purpose, @NotNull @Valid PersonIdentifiers identifiers) {
    }

    record Answer(String checkId, ScreeningOutcome outcome, List<ScreeningRecords.Found> records) {
    }

    private final BlindIndexes blindIndexes;
    private final ScreeningRecords records;
    private final ScreeningCheckLog log;
    private final CommandGateway commands;
    private final UserRateLimit allowance;
    private final ScreeningProperties properties;

    ScreeningController(BlindIndexes blindIndexes, ScreeningRecords records, ScreeningCheckLog log, CommandGateway commands,
                        ScreeningProperties properties, Clock clock) {
        this.blindIndexes = blindIndexes;
        this.records = records;
        this.log = log;
        this.commands = commands;
        this.properties = properties;
        this.allowance = new UserRateLimit(new Allowance(properties.checksPerUser(), properties.checksPeriod()),
                properties.trackedUsers(), clock);
    }

    @PostMapping
    Answer check(Principal caller, @Valid @RequestBody Check request) {
        List<String> indexes = blindIndexes.of(request.identifiers());
        if (indexes.isEmpty()) {
            throw new InvalidRequest("identifiers",
                    "must give a national id, service number, UN index number, or a full name with a date of birth");
        }
        allowance.spend(caller.getName());
        List<ScreeningRecords.Found> found = records.matching(indexes);
        ScreeningOutcome outcome = found.isEmpty() ? ScreeningOutcome.NO_RECORD : ScreeningOutcome.RECORD_FOUND;
        String checkId = UUID.randomUUID().toString();
        commands.sendAndWait(new RecordScreeningCheck(checkId, caller.getName(), request.purpose(), outcome, found.size()));
        return new Answer(checkId, outcome, found);
    }

    @GetMapping
    List<ScreeningCheckLog.Entry> checks(@RequestParam(defaultValue = "0") @Min(0) int page,
                                         @RequestParam(defaultValue = "100") @Min(1) int size) {
        if (size > properties.maxPageSize()) {
            throw new InvalidRequest("size", "must be at most " + properties.maxPageSize());
        }
        return log.page(page, size);
    }
}
