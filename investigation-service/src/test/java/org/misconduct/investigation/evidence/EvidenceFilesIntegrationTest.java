package org.misconduct.investigation.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.testinfra.TestCaseReferences;
import org.misconduct.testinfra.TopicRecords;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Files of evidence items through the service, on real PostgreSQL and Kafka. */
// A consumer group of its own, so no other test context takes its referrals; closed after the class, so it does not
// open the other tests' cases a second time while they run.
@SpringBootTest(properties = {"misconduct.files.max-size=41MB", "spring.kafka.consumer.group-id=investigation-evidence-files-test"})
@AutoConfigureMockMvc
@DirtiesContext
class EvidenceFilesIntegrationTest {

    private static final int FORTY_MEGABYTES = 40 * 1024 * 1024;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "investigation_files_it");
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
    JdbcTemplate jdbc;

    @Test
    void anInvestigatorStoresA40MegabyteFileAndDownloadsItBackByteIdenticalAndTheDownloadIsInTheHistory() throws Exception {
        String ref = openCase();
        String evidenceId = recordEvidence(ref);
        byte[] video = mp4(FORTY_MEGABYTES);

        JsonNode receipt = json.readTree(http.perform(multipart("/api/v1/cases/{ref}/evidence/{id}/files", ref, evidenceId)
                        .file(new MockMultipartFile("file", "clip.mp4", "application/octet-stream", video)).with(investigator()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value(org.hamcrest.Matchers.startsWith("video/")))
                .andExpect(jsonPath("$.size").value(FORTY_MEGABYTES))
                .andReturn().getResponse().getContentAsString());
        assertThat(receipt.get("sha256").asText()).isEqualTo(sha256(video));

        MvcResult started = http.perform(get("/api/v1/cases/{ref}/evidence/{id}/files/{file}/content", ref, evidenceId,
                        receipt.get("fileId").asText()).param("purpose", "forensic review").with(investigator()))
                .andExpect(request().asyncStarted()).andReturn();
        byte[] downloaded = http.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(video);

        http.perform(get("/api/v1/cases/{ref}/history", ref).with(investigator()))
                .andExpect(jsonPath("$[?(@.type == 'EvidenceFileAttached')].actingUser").value("investigator.oios"))
                .andExpect(jsonPath("$[?(@.type == 'EvidenceFileDownloaded')].actingUser").value("investigator.oios"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND convert_from(payload, 'UTF8') LIKE '%forensic review%'", Long.class, ref)).isZero();
    }

    @Test
    void aCustodyTransferPresentingAnotherHashThanTheStoredFilesIsRefused() throws Exception {
        String ref = openCase();
        String evidenceId = recordEvidence(ref);
        String fileHash = json.readTree(http.perform(multipart("/api/v1/cases/{ref}/evidence/{id}/files", ref, evidenceId)
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", pdf())).with(investigator()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("sha256").asText();

        http.perform(get("/api/v1/cases/{ref}/evidence", ref).with(investigator()))
                .andExpect(jsonPath("$[0].files[0].sha256").value(fileHash))
                .andExpect(jsonPath("$[0].files[0].contentType").value("application/pdf"));
        transfer(ref, evidenceId, "f".repeat(64)).andExpect(status().isConflict());
        transfer(ref, evidenceId, fileHash).andExpect(status().isNoContent());
    }

    @Test
    void refusedFilesLeaveNothingBehind() throws Exception {
        String ref = openCase();
        String evidenceId = recordEvidence(ref);

        http.perform(multipart("/api/v1/cases/{ref}/evidence/{id}/files", ref, evidenceId)
                        .file(new MockMultipartFile("file", "notes.pdf", "application/pdf", "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.US_ASCII)))
                        .with(investigator()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.status").value(415));
        http.perform(multipart("/api/v1/cases/{ref}/evidence/{id}/files", ref, evidenceId)
                        .file(new MockMultipartFile("file", "big.mp4", "video/mp4", mp4(41 * 1024 * 1024 + 1))).with(investigator()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.status").value(413));

        assertThat(jdbc.queryForObject("SELECT count(*) FROM stored_file WHERE container = ?", Long.class, ref)).isZero();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM stored_file_chunk c WHERE NOT EXISTS (SELECT 1 FROM stored_file f WHERE f.file_id = c.blob_key)""",
                Long.class)).isZero();
    }

    @Test
    void anAuditorMayNotStoreFiles() throws Exception {
        String ref = openCase();
        String evidenceId = recordEvidence(ref);
        http.perform(multipart("/api/v1/cases/{ref}/evidence/{id}/files", ref, evidenceId)
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", pdf()))
                        .with(jwt().jwt(token -> token.subject("auditor.a").claim("preferred_username", "auditor.a"))
                                .authorities(new SimpleGrantedAuthority("ROLE_auditor"))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stored_file WHERE container = ?", Long.class, ref)).isZero();
    }

    @Test
    void aFileForAnEvidenceItemTheCaseDoesNotHoldIsRefusedAndNotKept() throws Exception {
        String ref = openCase();
        recordEvidence(ref);
        long blocks = jdbc.queryForObject("SELECT count(*) FROM stored_file_chunk", Long.class);

        http.perform(multipart("/api/v1/cases/{ref}/evidence/{id}/files", ref, UUID.randomUUID().toString())
                        .file(new MockMultipartFile("file", "scan.pdf", "application/pdf", pdf())).with(investigator()))
                .andExpect(status().isNotFound());

        assertThat(jdbc.queryForObject("SELECT count(*) FROM stored_file WHERE container = ?", Long.class, ref)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM stored_file_chunk", Long.class)).isEqualTo(blocks);
    }

    private org.springframework.test.web.servlet.ResultActions transfer(String ref, String evidenceId, String sha256) throws Exception {
        return http.perform(post("/api/v1/cases/{ref}/evidence/{id}/custody-transfers", ref, evidenceId)
                .contentType(MediaType.APPLICATION_JSON).with(investigator())
                .content(json.writeValueAsString(Map.of("from", "officer.a", "to", "lab", "at", Instant.now().minusSeconds(5).toString(),
                        "purpose", "analysis", "sha256", sha256))));
    }

    private String openCase() throws Exception {
        String ref = TestCaseReferences.next();
        Instant now = Instant.now();
        AllegationReferred referred = new AllegationReferred(ref, "MINUSCA", "SA", "TRANSACTIONAL_SEX", "MC", "XAA", "XAA-BATT-1",
                1, false, "NORMAL", "OIOS", now, now);
        TopicRecords.send(Topics.INTAKE, ref, codec.encode(referred, UUID.randomUUID().toString(), URI.create("/intake-service"), now));
        await("case " + ref + " opened").atMost(Duration.ofSeconds(30)).until(() ->
                http.perform(get("/api/v1/cases/{ref}", ref).with(investigator())).andReturn().getResponse().getStatus() == 200);
        return ref;
    }

    private String recordEvidence(String ref) throws Exception {
        Map<String, Object> evidence = Map.of("kind", "DIGITAL", "description", "phone video", "sha256", "a".repeat(64),
                "collectedAt", Instant.now().minusSeconds(60).toString(), "collectedBy", "officer.a");
        return json.readTree(http.perform(post("/api/v1/cases/{ref}/evidence", ref).contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(evidence)).with(investigator()))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("evidenceId").asText();
    }

    /** An MP4's file-type box followed by {@code size} bytes in all. */
    private static byte[] mp4(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] header = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    private static byte[] pdf() {
        return "%PDF-1.7\n1 0 obj << >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static RequestPostProcessor investigator() {
        return jwt().jwt(token -> token.subject("investigator.oios").claim("preferred_username", "investigator.oios"))
                .authorities(new SimpleGrantedAuthority("ROLE_investigator"));
    }
}
