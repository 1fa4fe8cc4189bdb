package org.misconduct.investigation.subjects;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.ScreeningRecordKind;
import org.misconduct.domain.NotFound;
import org.misconduct.investigation.identifiers.PersonIdentifiers;
import org.springframework.stereotype.Component;

/**
 * A case's subjects folded from its events, identifiers opened for those who may read the case (checked before
 * this is called). An erased subject shows with {@code identifiers} {@code null} and {@code identityErased} true;
 * {@code record} is what screening tells of them, {@code null} once the case ended without a SUBSTANTIATED finding.
 */
@Component
class SubjectViews {

    record SubjectView(String subjectId, PersonnelCategory personnelCategory, String nationality, String contingentUnit,
                       String rank, PersonIdentifiers identifiers, boolean identityErased, ScreeningRecordKind record,
                       Instant recordedAt) {

        SubjectView with(ScreeningRecordKind kind) {
            return new SubjectView(subjectId, personnelCategory, nationality, contingentUnit, rank, identifiers,
                    identityErased, kind, recordedAt);
        }

        SubjectView erased() {
            return new SubjectView(subjectId, personnelCategory, nationality, contingentUnit, rank, null, true, record,
                    recordedAt);
        }
    }

    private final EventStore events;
    private final SubjectSeal seal;

    SubjectViews(EventStore events, SubjectSeal seal) {
        this.events = events;
        this.seal = seal;
    }

    List<SubjectView> of(String caseReference) {
        List<Object> history = events.readEvents(caseReference).asStream().<Object>map(Message::getPayload).toList();
        if (history.isEmpty()) {
            throw new NotFound("No case " + caseReference);
        }
        Map<String, SubjectView> subjects = new LinkedHashMap<>();
        for (Object payload : history) {
            if (payload instanceof SubjectRecorded recorded) {
                subjects.put(recorded.subjectId(), opened(recorded));
            } else if (payload instanceof SubjectRecordChanged changed) {
                subjects.computeIfPresent(changed.subjectId(), (id, subject) -> subject.with(changed.kind()));
            } else if (payload instanceof SubjectCleared cleared) {
                subjects.computeIfPresent(cleared.subjectId(), (id, subject) -> subject.with(null));
            } else if (payload instanceof SubjectIdentityErased erased) {
                subjects.computeIfPresent(erased.subjectId(), (id, subject) -> subject.erased());
            }
        }
        return List.copyOf(subjects.values());
    }

    private SubjectView opened(SubjectRecorded recorded) {
        PersonIdentifiers identifiers = seal.open(recorded.subjectId(), recorded.identifiers()).orElse(null);
        return new SubjectView(recorded.subjectId(), recorded.personnelCategory(), recorded.nationality(),
                recorded.contingentUnit(), recorded.rank(), identifiers, identifiers == null,
                ScreeningRecordKind.PENDING, recorded.recordedAt());
    }
}
