package org.misconduct.investigation.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.codes.Finding;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.contracts.codes.ScreeningRecordKind;
import org.misconduct.investigation.identifiers.BlindIndexProperties;
import org.misconduct.investigation.identifiers.BlindIndexes;
import org.misconduct.investigation.identifiers.PersonIdentifiers;
import org.misconduct.investigation.subjects.SubjectCleared;
import org.misconduct.investigation.subjects.SubjectIdentityErased;
import org.misconduct.investigation.subjects.SubjectRecordChanged;
import org.misconduct.investigation.subjects.SubjectRecorded;
import org.misconduct.investigation.subjects.SubjectSeal;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.testinfra.MigratedDatabase;
import org.misconduct.testinfra.RawTables;
import org.misconduct.testinfra.ServiceTestProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

class ScreeningRecordProjectionTest {

    private static final String REF = "ALG-2026-000042";
    private static final Instant RECORDED = Instant.parse("2026-11-20T14:00:00Z");
    private static final Instant CONCLUDED = Instant.parse("2027-02-01T10:00:00Z");
    private static final PersonIdentifiers ALICE = new PersonIdentifiers("Alice Qwertzova", LocalDate.of(1980, 1, 2), null, "SN-1", null);
    private static final PersonIdentifiers BOB = new PersonIdentifiers("Bob Yxcvbnik", LocalDate.of(1981, 2, 3), "N-2", null, null);

    private static JdbcTemplate jdbc;
    private static SubjectSeal seal;
    private static BlindIndexes blindIndexes;

    private ScreeningRecordProjection projection;
    private ScreeningRecords records;

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("investigation_screening_test", "classpath:db/axon", "classpath:db/streaming",
                "classpath:db/personal-data", "classpath:db/investigation");
        seal = new SubjectSeal(PersonalDataVault.over(jdbc.getDataSource(), ServiceTestProperties.newPersonalDataKey()));
        blindIndexes = new BlindIndexes(new BlindIndexProperties(ServiceTestProperties.newScreeningBlindIndexKey()));
    }

    @BeforeEach
    void setUp() {
        projection = new ScreeningRecordProjection(jdbc, seal, blindIndexes);
        records = new ScreeningRecords(new NamedParameterJdbcTemplate(jdbc));
        projection.reset();
    }

    @Test
    void aSubjectIsPendingFromTheYearNamedThenSubstantiatedFromTheYearFound() {
        String alice = UUID.randomUUID().toString();
        projection.on(recorded(alice, ALICE));
        assertThat(found(ALICE)).containsExactly(new ScreeningRecords.Found(ScreeningRecordKind.PENDING, 2026));

        projection.on(new SubjectRecordChanged(REF, alice, ScreeningRecordKind.SUBSTANTIATED, CONCLUDED));
        assertThat(found(new PersonIdentifiers(null, null, null, "sn-1", null)))
                .containsExactly(new ScreeningRecords.Found(ScreeningRecordKind.SUBSTANTIATED, 2027));
    }

    @Test
    void theRecordsHoldNoNameIdentifierOrCaseReference() {
        projection.on(recorded(UUID.randomUUID().toString(), ALICE));
        List<String> values = jdbc.queryForList("SELECT subject_key || ' ' || blind_index || ' ' || kind || ' ' || year "
                + "FROM screening_record", String.class);
        assertThat(values).isNotEmpty().allSatisfy(value -> assertThat(value)
                .doesNotContainIgnoringCase("alice").doesNotContainIgnoringCase("sn-1").doesNotContain(REF));
        assertThat(RawTables.columnsContaining(jdbc.getDataSource(), "Qwertzova")).isEmpty();
    }

    @Test
    void aClearedSubjectIsNoLongerFound() {
        String alice = UUID.randomUUID().toString();
        projection.on(recorded(alice, ALICE));
        projection.on(new SubjectCleared(REF, alice, Finding.NOT_SUBSTANTIATED, CONCLUDED));
        assertThat(found(ALICE)).isEmpty();
    }

    @Test
    void anErasedIdentityStaysUnfoundAfterAReplay() {
        String alice = UUID.randomUUID().toString();
        String bob = UUID.randomUUID().toString();
        List<Object> history = List.of(recorded(alice, ALICE), recorded(bob, BOB),
                new SubjectIdentityErased(REF, alice, CONCLUDED));
        history.forEach(this::handle);
        seal.erase(alice);
        assertThat(found(ALICE)).isEmpty();

        projection.reset();
        history.forEach(this::handle);
        assertThat(found(ALICE)).isEmpty();
        assertThat(found(BOB)).hasSize(1);
    }

    @Test
    void onePersonMatchedBySeveralIdentifiersIsOneRecord() {
        projection.on(recorded(UUID.randomUUID().toString(), BOB));
        assertThat(found(BOB)).hasSize(1);
    }

    @Test
    void recordsAreLookedUpByTheIndexOnBlindIndexesAmongManySubjects() {
        jdbc.update("""
                INSERT INTO screening_record (subject_key, blind_index, kind, year)
                SELECT md5(n::text), encode(sha256(n::text::bytea), 'hex'), 'PENDING', 2026 FROM generate_series(1, 20000) AS n""");
        jdbc.execute("ANALYZE screening_record");

        List<String> plan = new NamedParameterJdbcTemplate(jdbc).queryForList("EXPLAIN " + ScreeningRecords.MATCHING,
                Map.of("indexes", blindIndexes.of(ALICE)), String.class);

        assertThat(String.join("\n", plan)).contains("screening_record_blind_index").doesNotContain("Seq Scan");
    }

    private void handle(Object event) {
        if (event instanceof SubjectRecorded recorded) {
            projection.on(recorded);
        } else if (event instanceof SubjectIdentityErased erased) {
            projection.on(erased);
        }
    }

    private List<ScreeningRecords.Found> found(PersonIdentifiers identifiers) {
        return records.matching(blindIndexes.of(identifiers));
    }

    private static SubjectRecorded recorded(String subjectId, PersonIdentifiers identifiers) {
        return new SubjectRecorded(REF, subjectId, PersonnelCategory.MC, "XAA", "XAA-BATT-1", "Captain",
                seal.seal(subjectId, identifiers), RECORDED);
    }
}
