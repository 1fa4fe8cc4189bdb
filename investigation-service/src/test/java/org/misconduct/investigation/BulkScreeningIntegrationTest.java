package org.misconduct.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.investigation.identifiers.BlindIndexes;
import org.misconduct.investigation.identifiers.PersonIdentifiers;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.RawTables;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A contingent's list is screened in bulk: each person checked and recorded as a single check is, the outcomes read
 * as CSV by row, the uploads limited apart from single checks, a faulty list refused whole with nothing stored, and no
 * identifier of anyone screened kept in any table; on real PostgreSQL and Kafka.
 */
// One single check per user, so that a list of three would be refused if its people spent that allowance.
@SpringBootTest(properties = {"spring.kafka.consumer.group-id=investigation-bulk-screening-test",
        "misconduct.screening.checks-per-user=1", "misconduct.screening.bulk.uploads-per-user=2"})
@AutoConfigureMockMvc
@DirtiesContext
class BulkScreeningIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final String BULK = "/api/v1/screening/bulk-checks";
    private static final LocalDate BORN = LocalDate.of(1979, 11, 30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "investigation_bulk_screening_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerScreeningBlindIndexKey(registry);
    }

    @Autowired
    MockMvc http;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    ObjectMapper json;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BlindIndexes blindIndexes;

    // The database outlives a run: each run names people and an officer of its own.
    private final String family = "Q" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    private final String serviceNumber = "SN-" + UUID.randomUUID();
    private final String unknownNationalId = "NID-" + UUID.randomUUID();
    private final String officer = "screening.bulk." + UUID.randomUUID();

    @Test
    void aContingentIsScreenedInBulkEachPersonRecordedAsASingleCheck() throws Exception {
        String ref = subjectNamedOnAnOpenCase();
        int year = Year.now(ZoneOffset.UTC).getValue();
        http.perform(single(officer)).andExpect(status().isOk());
        http.perform(single(officer)).andExpect(status().isTooManyRequests());

        String location = upload(officer, """
                serviceNumber,fullName,dateOfBirth,nationalId
                %s,,,
                ,"JOSE maria,  nunez-%s",%s,
                ,Someone Else,1990-01-01,%s
                """.formatted(serviceNumber.toLowerCase(), family.toUpperCase(), BORN, unknownNationalId))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.total").value(3))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith(BULK + "/");

        await("bulk screening completed").atMost(WITHIN).untilAsserted(() ->
                http.perform(get(location).with(screeningOfficer(officer))).andExpect(status().isOk())
                        .andExpect(jsonPath("$.status").value("COMPLETED"))
                        .andExpect(jsonPath("$.done").value(3))
                        .andExpect(jsonPath("$.outcomes").value(location + "/outcomes")));
        String outcomes = http.perform(get(location + "/outcomes").with(screeningOfficer(officer)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(outcomes.lines().findFirst()).contains("row,checkId,outcome,records");
        List<Map<String, String>> rows = new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader())
                .<Map<String, String>>readValues(outcomes).readAll();
        assertThat(rows).extracting(row -> row.get("row")).containsExactly("1", "2", "3");
        assertThat(rows).extracting(row -> row.get("outcome")).containsExactly("RECORD_FOUND", "RECORD_FOUND", "NO_RECORD");
        assertThat(rows).extracting(row -> row.get("records")).containsExactly("PENDING " + year, "PENDING " + year, "");
        assertThat(rows).extracting(row -> row.get("checkId")).allSatisfy(checkId -> assertThat(UUID.fromString(checkId)).isNotNull());
        assertThat(outcomes).doesNotContain(ref).doesNotContain(family).doesNotContain(serviceNumber);

        await("each person's check listed to auditors").atMost(WITHIN).untilAsserted(() -> {
            JsonNode checks = json.readTree(http.perform(get("/api/v1/screening/checks?size=500").with(auditor()))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            List<JsonNode> byOfficer = new ArrayList<>();
            checks.forEach(check -> {
                if (officer.equals(check.get("checkedBy").asText())) {
                    byOfficer.add(check);
                }
            });
            assertThat(byOfficer).hasSize(4);
            assertThat(byOfficer).filteredOn(check -> check.get("purpose").asText().equals("ROTATION"))
                    .extracting(check -> check.get("outcome").asText())
                    .containsExactlyInAnyOrder("RECORD_FOUND", "RECORD_FOUND", "NO_RECORD");
        });

        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM domainevententry WHERE payloadtype LIKE '%.ScreeningChecked'
                AND position(? IN convert_from(payload, 'UTF8')) > 0 AND position(? IN convert_from(metadata, 'UTF8')) > 0""",
                Integer.class, officer, officer)).as("checks recorded with the officer as acting user").isEqualTo(4);
        http.perform(get(location).with(screeningOfficer("screening.other"))).andExpect(status().isNotFound());
        http.perform(get(location + "/outcomes").with(screeningOfficer("screening.other"))
                .header("Accept", "application/json, text/html;q=0.9, */*;q=0.8")).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        http.perform(post(BULK).param("purpose", "ROTATION").with(investigator()).contentType("text/csv")
                .content("serviceNumber\n" + serviceNumber + "\n")).andExpect(status().isForbidden());
        assertThat(RawTables.columnsContaining(dataSource, family)).as("columns holding a screened name").isEmpty();
        assertThat(RawTables.columnsContaining(dataSource, serviceNumber.toLowerCase())).as("columns holding a service number").isEmpty();
        assertThat(RawTables.columnsContaining(dataSource, unknownNationalId)).as("columns holding a national id").isEmpty();
    }

    @Test
    void aFaultyListIsRefusedWholeAndStoresNothingWhileUploadsHaveAnAllowanceOfTheirOwn() throws Exception {
        String someone = "screening.faulty." + UUID.randomUUID();
        upload(someone, "serviceNumber,nationality\nSN-1,XAA\n").andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("header"));
        upload(someone, "serviceNumber\n" + "SN-1\n".repeat(1001)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows"));
        upload(someone, "serviceNumber,nationalId\nSN-1,N-1\nSN-2,N-2,N-3\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows[2]"));
        upload(someone, "fullName,dateOfBirth\n" + family + ",1979-13-01\n").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("rows[1].dateOfBirth"))
                .andExpect(content().string(not(containsString(family))));
        http.perform(post(BULK).with(screeningOfficer(someone)).contentType("text/csv").content("serviceNumber\nSN-1\n"))
                .andExpect(status().isBadRequest());
        http.perform(post(BULK).param("purpose", "ROTATION").with(screeningOfficer(someone)).contentType(MediaType.APPLICATION_JSON)
                .content("{}")).andExpect(status().isUnsupportedMediaType());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM screening_bulk_job WHERE requested_by = ?", Integer.class, someone))
                .as("bulk screenings stored for refused lists").isZero();

        String list = "serviceNumber\n" + "SN-" + UUID.randomUUID() + "\n";
        upload(someone, list).andExpect(status().isAccepted());
        upload(someone, list).andExpect(status().isAccepted());
        upload(someone, list).andExpect(status().isTooManyRequests()).andExpect(header().exists("Retry-After"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM screening_bulk_job WHERE requested_by = ?", Integer.class, someone))
                .isEqualTo(2);
        assertThat(RawTables.columnsContaining(dataSource, family)).as("columns holding a name from a refused list").isEmpty();
    }

    private String subjectNamedOnAnOpenCase() throws Exception {
        String ref = TestCaseReferences.next();
        TopicRecords.send(Topics.INTAKE, ref, referral(ref));
        await("case " + ref + " opened").atMost(WITHIN).until(() ->
                http.perform(get("/api/v1/cases/{ref}/subjects", ref).with(investigator())).andReturn().getResponse().getStatus() == 200);
        http.perform(post("/api/v1/cases/{ref}/subjects", ref).with(investigator()).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"personnelCategory":"MC","nationality":"XAA","contingentUnit":"XAA-BATT-1","rank":"Sergeant",
                         "identifiers":{"fullName":"José-María Ñúñez %s","dateOfBirth":"%s","serviceNumber":"%s"}}"""
                        .formatted(family, BORN, serviceNumber))).andExpect(status().isCreated());
        List<String> indexes = blindIndexes.of(new PersonIdentifiers(null, null, null, serviceNumber, null));
        await("subject's screening record").atMost(WITHIN).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM screening_record WHERE blind_index = ?", Integer.class, indexes.get(0)) > 0);
        return ref;
    }

    private ResultActions upload(String user, String csv) throws Exception {
        return http.perform(post(BULK).param("purpose", "ROTATION").with(screeningOfficer(user)).contentType("text/csv").content(csv));
    }

    private RequestBuilder single(String user) {
        return post("/api/v1/screening/checks").with(screeningOfficer(user)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"purpose\":\"DEPLOYMENT\",\"identifiers\":{\"nationalId\":\"" + UUID.randomUUID() + "\"}}");
    }

    private byte[] referral(String caseReference) {
        Instant receivedAt = Instant.now();
        AllegationReferred referred = new AllegationReferred(caseReference, "MINUSCA", "SA", "TRANSACTIONAL_SEX",
                "MC", "XAA", "XAA-BATT-1", 1, false, "NORMAL", "OIOS", receivedAt, receivedAt);
        return codec.encode(referred, UUID.randomUUID().toString(), URI.create("/intake-service"), Instant.now());
    }

    private static RequestPostProcessor investigator() {
        return user("investigator.oios", "investigator");
    }

    private static RequestPostProcessor screeningOfficer(String name) {
        return user(name, "screening-officer");
    }

    private static RequestPostProcessor auditor() {
        return user("auditor", "auditor");
    }

    private static RequestPostProcessor user(String name, String role) {
        return jwt().jwt(token -> token.subject(name).claim("preferred_username", name))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
