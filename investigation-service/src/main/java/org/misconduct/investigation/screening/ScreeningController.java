package org.misconduct.investigation.screening;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.misconduct.contracts.codes.ScreeningPurpose;
import org.misconduct.investigation.identifiers.BlindIndexes;
import org.misconduct.investigation.identifiers.PersonIdentifiers;
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

    private final BlindIndexes blindIndexes;
    private final Screening screening;
    private final ScreeningCheckLog log;
    private final UserRateLimit allowance;
    private final ScreeningProperties properties;

    ScreeningController(BlindIndexes blindIndexes, Screening screening, ScreeningCheckLog log, ScreeningProperties properties,
                        Clock clock) {
        this.blindIndexes = blindIndexes;
        this.screening = screening;
        this.log = log;
        this.properties = properties;
        this.allowance = new UserRateLimit(new Allowance(properties.checksPerUser(), properties.checksPeriod()),
                properties.trackedUsers(), clock);
    }

    @PostMapping
    Screening.Answer check(Principal caller, @Valid @RequestBody Check request) {
        List<String> indexes = blindIndexes.of(request.identifiers());
        if (indexes.isEmpty()) {
            throw new InvalidRequest("identifiers", Screening.NOTHING_TO_MATCH);
        }
        allowance.spend(caller.getName());
        return screening.check(caller.getName(), request.purpose(), indexes);
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
