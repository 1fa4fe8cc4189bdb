package org.misconduct.investigation.screening;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.contracts.codes.ScreeningOutcome;
import org.misconduct.contracts.codes.ScreeningPurpose;
import org.misconduct.investigation.screening.check.RecordScreeningCheck;
import org.misconduct.web.ActingUser;
import org.springframework.stereotype.Component;

/**
 * One person screened against the records of cases by their blind indexes, the check recorded before it is answered.
 * Single and bulk checks both go through here, so each person screened is recorded the same way.
 */
@Component
public class Screening {

    /** What a check answers: its id, outcome and the kind and year of each record matched; nothing else. */
    /** Why a person cannot be screened: nothing given that a record could match on. */
    public static final String NOTHING_TO_MATCH =
            "must give a national id, service number, UN index number, or a full name with a date of birth";

    public record Answer(String checkId, ScreeningOutcome outcome, List<ScreeningRecords.Found> records) {
    }

    private final ScreeningRecords records;
    private final CommandGateway commands;

    Screening(ScreeningRecords records, CommandGateway commands) {
        this.records = records;
        this.commands = commands;
    }

    /** @param blindIndexes the person's indexes, at least one */
    public Answer check(String checkedBy, ScreeningPurpose purpose, List<String> blindIndexes) {
        List<ScreeningRecords.Found> found = records.matching(blindIndexes);
        ScreeningOutcome outcome = found.isEmpty() ? ScreeningOutcome.NO_RECORD : ScreeningOutcome.RECORD_FOUND;
        String checkId = UUID.randomUUID().toString();
        // Named explicitly: a bulk check runs away from the officer's request, whose user would otherwise be stamped on it.
        commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                        new RecordScreeningCheck(checkId, checkedBy, purpose, outcome, found.size()))
                .andMetaData(Map.of(ActingUser.METADATA_KEY, checkedBy)));
        return new Answer(checkId, outcome, found);
    }
}
