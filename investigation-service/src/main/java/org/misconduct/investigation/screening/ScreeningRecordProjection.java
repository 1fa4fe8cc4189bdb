package org.misconduct.investigation.screening;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.misconduct.investigation.identifiers.BlindIndexes;
import org.misconduct.investigation.subjects.SubjectCleared;
import org.misconduct.investigation.subjects.SubjectIdentityErased;
import org.misconduct.investigation.subjects.SubjectRecordChanged;
import org.misconduct.investigation.subjects.SubjectRecorded;
import org.misconduct.investigation.subjects.SubjectSeal;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The records screening matches on: per subject, the blind indexes of their identifiers with the kind and year of
 * their record, under a keyed hash of the subject's id; never a name, an identifier or a case reference. The blind
 * indexes are computed from the subject's sealed identifiers as each event is handled: a replay after an identity was
 * erased cannot bring its rows back, and a replay after the blind-index key changed rebuilds them under the new key.
 */
@Component
@ProcessingGroup(ScreeningRecordProjection.PROCESSING_GROUP)
class ScreeningRecordProjection {

    static final String PROCESSING_GROUP = "screening-records";

    private final JdbcTemplate jdbc;
    private final SubjectSeal seal;
    private final BlindIndexes blindIndexes;

    ScreeningRecordProjection(JdbcTemplate jdbc, SubjectSeal seal, BlindIndexes blindIndexes) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.blindIndexes = blindIndexes;
    }

    @EventHandler
    void on(SubjectRecorded event) {
        String subjectKey = blindIndexes.ofSubject(event.subjectId());
        seal.open(event.subjectId(), event.identifiers()).map(blindIndexes::of).orElse(List.of()).forEach(index -> jdbc.update("""
                INSERT INTO screening_record (subject_key, blind_index, kind, year) VALUES (?, ?, 'PENDING', ?)
                ON CONFLICT (subject_key, blind_index) DO NOTHING""", subjectKey, index, yearOf(event.recordedAt())));
    }

    @EventHandler
    void on(SubjectRecordChanged event) {
        jdbc.update("UPDATE screening_record SET kind = ?, year = ? WHERE subject_key = ?",
                event.kind().name(), yearOf(event.changedAt()), blindIndexes.ofSubject(event.subjectId()));
    }

    @EventHandler
    void on(SubjectCleared event) {
        remove(event.subjectId());
    }

    @EventHandler
    void on(SubjectIdentityErased event) {
        remove(event.subjectId());
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM screening_record");
    }

    private void remove(String subjectId) {
        jdbc.update("DELETE FROM screening_record WHERE subject_key = ?", blindIndexes.ofSubject(subjectId));
    }

    private static int yearOf(Instant at) {
        return at.atZone(ZoneOffset.UTC).getYear();
    }
}
