package org.misconduct.investigation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.RawTables;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A subject named on a case is found by screening while the case is open and after its SUBSTANTIATED finding, by
 * identifiers written differently, and no longer once their identity is erased; on real PostgreSQL and Kafka.
 */
// A consumer group of its own, so the other flow tests keep all their referrals; and closed after the class, so it
// does not open their cases a second time and publish their events again while they run.
@SpringBootTest(properties = "spring.kafka.consumer.group-id=investigation-screening-test")
@AutoConfigureMockMvc
@DirtiesContext
class ScreeningFlowIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "investigation_screening_it");
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

    @Test
    void aSubjectIsScreenedPendingThenSubstantiatedAndNoLongerOnceErased() throws Exception {
        String ref = TestCaseReferences.next();
        // The database outlives a run: each run names a person of its own.
        String family = lettersOf(UUID.randomUUID());
        String serviceNumber = "SN-" + UUID.randomUUID();
        TopicRecords.send(Topics.INTAKE, ref, referral(ref));
        awaitCase(ref);

        String subjectId = json.readTree(send(post("/api/v1/cases/{ref}/subjects", ref), investigator(), """
                {"personnelCategory":"MC","nationality":"XAA","contingentUnit":"XAA-BATT-1","rank":"Captain",
                 "identifiers":{"fullName":"José-María Ñúñez %s","dateOfBirth":"1984-03-07","serviceNumber":"%s"}}"""
                .formatted(family, serviceNumber)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("subjectId").asText();
        int year = Year.now(ZoneOffset.UTC).getValue();

        JsonNode pending = awaitScreening("{\"serviceNumber\":\" %s \"}".formatted(serviceNumber.toLowerCase(Locale.ROOT)), "PENDING");
        assertThat(pending.get("records").get(0).get("year").asInt()).isEqualTo(year);
        assertOnlyKindsAndYears(pending, ref, subjectId, family, serviceNumber);

        send(post("/api/v1/cases/{ref}/findings", ref), investigator(),
                "{\"finding\":\"SUBSTANTIATED\",\"summary\":\"summary\",\"noEvidenceReason\":\"testimony only\"}")
                .andExpect(status().isNoContent());
        String nameWrittenOtherwise = "{\"fullName\":\"  JOSE maria  nunez-%s \",\"dateOfBirth\":\"1984-03-07\"}"
                .formatted(family.toUpperCase(Locale.ROOT));
        assertOnlyKindsAndYears(awaitScreening(nameWrittenOtherwise, "SUBSTANTIATED"), ref, subjectId, family, serviceNumber);

        String stranger = lettersOf(UUID.randomUUID());
        send(post("/api/v1/screening/checks"), screeningOfficer(), check(
                "{\"nationalId\":\"" + UUID.randomUUID() + "\",\"fullName\":\"" + stranger + "\",\"dateOfBirth\":\"1990-01-01\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.outcome").value("NO_RECORD"))
                .andExpect(jsonPath("$.records").isEmpty());
        assertThat(RawTables.columnsContaining(dataSource, stranger)).as("tables holding a screened name in clear").isEmpty();
        send(post("/api/v1/screening/checks"), investigator(), check(nameWrittenOtherwise)).andExpect(status().isForbidden());
        send(post("/api/v1/screening/checks"), screeningOfficer(), check("{\"fullName\":\"No Date Of Birth\"}"))
                .andExpect(status().isBadRequest());
        http.perform(get("/api/v1/cases/{ref}/subjects", ref).with(screeningOfficer())).andExpect(status().isForbidden());

        http.perform(get("/api/v1/cases/{ref}/subjects", ref).with(investigator())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].identifiers.serviceNumber").value(serviceNumber))
                .andExpect(jsonPath("$[0].record").value("SUBSTANTIATED"));
        assertThat(RawTables.columnsContaining(dataSource, family)).as("tables holding the subject's name in clear").isEmpty();
        assertThat(RawTables.columnsContaining(dataSource, serviceNumber)).as("tables holding the service number").isEmpty();

        http.perform(delete("/api/v1/cases/{ref}/subjects/{id}/identity", ref, subjectId).with(investigator()))
                .andExpect(status().isForbidden());
        http.perform(delete("/api/v1/cases/{ref}/subjects/{id}/identity", ref, subjectId).with(conductOfficer()))
                .andExpect(status().isNoContent());
        await("erased subject no longer found").atMost(WITHIN).until(() ->
                "NO_RECORD".equals(screen(nameWrittenOtherwise).get("outcome").asText()));
        http.perform(get("/api/v1/cases/{ref}/subjects", ref).with(investigator())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].identityErased").value(true))
                .andExpect(jsonPath("$[0].identifiers").doesNotExist());

        await("checks listed to auditors").atMost(WITHIN).untilAsserted(() ->
                http.perform(get("/api/v1/screening/checks").with(auditor())).andExpect(status().isOk())
                        .andExpect(jsonPath("$[?(@.outcome == 'NO_RECORD' && @.checkedBy == 'screening.officer')]").exists())
                        .andExpect(jsonPath("$[?(@.outcome == 'RECORD_FOUND' && @.purpose == 'DEPLOYMENT')]").exists()));
        http.perform(get("/api/v1/screening/checks").with(screeningOfficer())).andExpect(status().isForbidden());
    }

    /** An answer carries its check's id, its outcome and of each record its kind and year: nothing of the case. */
    private static void assertOnlyKindsAndYears(JsonNode answer, String... neverShown) {
        assertThat(answer.fieldNames()).toIterable().containsExactlyInAnyOrder("checkId", "outcome", "records");
        answer.get("records").forEach(found -> assertThat(found.fieldNames()).toIterable().containsExactlyInAnyOrder("kind", "year"));
        for (String secret : neverShown) {
            assertThat(answer.toString()).doesNotContainIgnoringCase(secret);
        }
    }

    private JsonNode awaitScreening(String identifiers, String kind) {
        JsonNode[] answer = new JsonNode[1];
        await("screening finds " + kind).atMost(WITHIN).until(() -> {
            answer[0] = screen(identifiers);
            return "RECORD_FOUND".equals(answer[0].get("outcome").asText())
                    && kind.equals(answer[0].get("records").get(0).get("kind").asText());
        });
        return answer[0];
    }

    private JsonNode screen(String identifiers) throws Exception {
        return json.readTree(send(post("/api/v1/screening/checks"), screeningOfficer(), check(identifiers))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private static String check(String identifiers) {
        return "{\"purpose\":\"DEPLOYMENT\",\"identifiers\":" + identifiers + "}";
    }

    private ResultActions send(MockHttpServletRequestBuilder request, RequestPostProcessor user, String body) throws Exception {
        return http.perform(request.with(user).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private void awaitCase(String caseReference) {
        await("case " + caseReference + " opened").atMost(WITHIN).until(() ->
                http.perform(get("/api/v1/cases/{ref}/subjects", caseReference).with(investigator()))
                        .andReturn().getResponse().getStatus() == 200);
    }

    private byte[] referral(String caseReference) {
        Instant receivedAt = Instant.now();
        AllegationReferred referred = new AllegationReferred(caseReference, "MINUSCA", "SA", "TRANSACTIONAL_SEX",
                "MC", "XAA", "XAA-BATT-1", 1, false, "NORMAL", "OIOS", receivedAt, receivedAt);
        return codec.encode(referred, UUID.randomUUID().toString(), URI.create("/intake-service"), Instant.now());
    }

    /** A family name of letters only, its own to each run. */
    private static String lettersOf(UUID id) {
        StringBuilder letters = new StringBuilder("Q");
        for (char digit : id.toString().replace("-", "").substring(0, 12).toCharArray()) {
            letters.append((char) ('a' + Character.digit(digit, 16)));
        }
        return letters.toString();
    }

    private static RequestPostProcessor investigator() {
        return user("investigator.oios", "investigator");
    }

    private static RequestPostProcessor screeningOfficer() {
        return user("screening.officer", "screening-officer");
    }

    private static RequestPostProcessor conductOfficer() {
        return user("conduct.officer", "conduct-officer");
    }

    private static RequestPostProcessor auditor() {
        return user("auditor", "auditor");
    }

    private static RequestPostProcessor user(String name, String role) {
        return jwt().jwt(token -> token.subject(name).claim("preferred_username", name))
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
    }
}
