package org.misconduct.investigation.subjects;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.misconduct.contracts.codes.ActionKind;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.ScreeningRecordKind;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;

/**
 * The people a case names as its subjects, a member of the case aggregate: what screening tells of each follows the
 * case's own finding and final actions, decided in the same command, so it can never lag behind or contradict them.
 * A subject whose identity was erased takes no further part.
 */
public class CaseSubjects {

    /** Each subject's record as screening tells it; empty once the case ended without a SUBSTANTIATED finding. */
    private final Map<String, Optional<ScreeningRecordKind>> records = new LinkedHashMap<>();
    private final Set<String> erased = new HashSet<>();

    public void record(RecordSubject command, Instant now) {
        if (records.containsKey(command.subjectId())) {
            throw new RuleViolation("Subject " + command.subjectId() + " is already recorded");
        }
        apply(new SubjectRecorded(command.caseReference(), command.subjectId(), command.personnelCategory(),
                command.nationality(), command.contingentUnit(), command.rank(), command.identifiers(), now));
    }

    /** A SUBSTANTIATED finding is on every subject's record; any other finding clears them. */
    public void concluded(String caseReference, Finding finding, Instant now) {
        for (String subjectId : active()) {
            if (finding == Finding.SUBSTANTIATED) {
                apply(new SubjectRecordChanged(caseReference, subjectId, ScreeningRecordKind.SUBSTANTIATED, now));
            } else {
                apply(new SubjectCleared(caseReference, subjectId, finding, now));
            }
        }
    }

    /** Barring from future service is on the record of every subject of the case, once. */
    public void actionTaken(String caseReference, ActionKind kind, Instant now) {
        if (kind != ActionKind.BARRED_FROM_FUTURE_SERVICE) {
            return;
        }
        for (String subjectId : active()) {
            if (records.get(subjectId).orElse(null) != ScreeningRecordKind.BARRED_FROM_FUTURE_SERVICE) {
                apply(new SubjectRecordChanged(caseReference, subjectId, ScreeningRecordKind.BARRED_FROM_FUTURE_SERVICE, now));
            }
        }
    }

    public void erase(EraseSubjectIdentity command, Instant now) {
        if (!records.containsKey(command.subjectId())) {
            throw new NotFound("No subject " + command.subjectId() + " in case " + command.caseReference());
        }
        if (erased.contains(command.subjectId())) {
            throw new RuleViolation("The identity of subject " + command.subjectId() + " was already erased");
        }
        apply(new SubjectIdentityErased(command.caseReference(), command.subjectId(), now));
    }

    private Set<String> active() {
        Set<String> active = new LinkedHashSet<>(records.keySet());
        active.removeAll(erased);
        return active;
    }

    @EventSourcingHandler
    void on(SubjectRecorded event) {
        records.put(event.subjectId(), Optional.of(ScreeningRecordKind.PENDING));
    }

    @EventSourcingHandler
    void on(SubjectRecordChanged event) {
        records.put(event.subjectId(), Optional.of(event.kind()));
    }

    @EventSourcingHandler
    void on(SubjectCleared event) {
        records.put(event.subjectId(), Optional.empty());
    }

    @EventSourcingHandler
    void on(SubjectIdentityErased event) {
        erased.add(event.subjectId());
    }
}
