package org.misconduct.intake.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misconduct.contracts.Publisher;
import org.misconduct.files.FileStore;
import org.misconduct.files.StoredFile;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.testinfra.HeadlessBrowser;
import org.misconduct.testinfra.ServiceTestProperties;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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

/** Files complainants send, through the web form in a real browser and through the API, on real PostgreSQL. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@DirtiesContext
class ComplaintAttachmentsIntegrationTest {

    private static final String NARRATIVE = "A soldier asked for sex in exchange for food near the camp gate.";

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "intake_attachments_it");
        ServiceTestProperties.registerPersonalDataKey(registry);
        ServiceTestProperties.registerFollowUpCodeKey(registry);
        registry.add("misconduct.publication.topic", () -> "misconduct.intake.v1.attachments-test");
        registry.add("misconduct.publication.source", () -> Publisher.INTAKE.source().toString());
        registry.add("spring.kafka.listener.auto-startup", () -> "false");
    }

    @TempDir
    static Path browserProfile;
    static WebDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FileStore files;
    @Autowired
    PersonalDataVault vault;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessBrowser.start(HeadlessBrowser.PHONE, "en", browserProfile);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aPhotographSentWithTheWebFormIsKeptWithoutItsGpsPosition(@TempDir Path folder) throws Exception {
        byte[] photo = Photographs.withGpsPosition();
        assertThat(Photographs.hasGpsPosition(photo)).isTrue();
        Path file = Files.write(folder.resolve("IMG_0412.jpg"), photo);

        browser.get("http://localhost:" + port + "/?lang=en");
        new Select(browser.findElement(By.id("mission"))).selectByValue("MINUSCA");
        browser.findElement(By.id("description")).sendKeys(NARRATIVE);
        browser.findElement(By.id("attachment")).sendKeys(file.toString());
        browser.findElement(By.id("send-complaint")).click();

        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(By.id("case-reference")));
        assertThat(browser.findElement(By.id("attachment-received")).getText()).contains("Your file was received");
        String caseReference = browser.findElement(By.id("case-reference")).getText();
        List<StoredFile> kept = files.filesOf(caseReference);
        assertThat(kept).hasSize(1);
        byte[] unsealed;
        try (InputStream opened = files.open(kept.get(0))) {
            unsealed = opened.readAllBytes();
        }
        assertThat(Photographs.hasGpsPosition(unsealed)).isFalse();
        assertThat(kept.get(0).receivedSha256()).isEqualTo(sha256(photo));
        assertThat(kept.get(0).sha256()).isEqualTo(sha256(unsealed));

        http.perform(get("/api/v1/allegations/{ref}/attachments", caseReference).with(intakeOfficer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].sha256").value(sha256(unsealed)))
                .andExpect(jsonPath("$[0].receivedSha256").value(sha256(photo)))
                .andExpect(jsonPath("$[0].metadataRemoved").value(true))
                .andExpect(jsonPath("$[0].contentType").value("image/jpeg"));
    }

    @Test
    void aComplainantAttachesAFileWithTheirCodeAndIntakeSeesItsHashAndEveryDownloadIsInTheHistory() throws Exception {
        Complaint complaint = submit();
        byte[] pdf = "%PDF-1.7\n% statement of the witness\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        attach(complaint.reference(), "WRONG-CODE", pdf).andExpect(status().isNotFound());
        JsonNode receipt = json.readTree(attach(complaint.reference(), complaint.code(), pdf)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.contentType").value("application/pdf"))
                .andExpect(jsonPath("$.size").value(pdf.length))
                .andReturn().getResponse().getContentAsString());
        assertThat(receipt.get("sha256").asText()).isEqualTo(sha256(pdf));

        String id = receipt.get("attachmentId").asText();
        http.perform(get("/api/v1/allegations/{ref}/attachments", complaint.reference()).with(intakeOfficer()))
                .andExpect(jsonPath("$[0].attachmentId").value(id))
                .andExpect(jsonPath("$[0].sha256").value(sha256(pdf)));
        http.perform(get("/api/v1/allegations/{ref}/attachments/{id}/content", complaint.reference(), id).with(intakeOfficer()))
                .andExpect(status().isBadRequest());
        MvcResult started = http.perform(get("/api/v1/allegations/{ref}/attachments/{id}/content", complaint.reference(), id)
                .param("purpose", "assessment").with(intakeOfficer())).andExpect(request().asyncStarted()).andReturn();
        assertThat(http.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray())
                .isEqualTo(pdf);
        http.perform(get("/api/v1/allegations/{ref}/history", complaint.reference()).with(intakeOfficer()))
                .andExpect(jsonPath("$[?(@.type == 'ComplaintAttachmentReceived')].actingUser").value("complainant"))
                .andExpect(jsonPath("$[?(@.type == 'AttachmentDownloaded')].actingUser").value("intake.officer"));
    }

    @Test
    void aFileOfAnotherTypeIsRefusedAndNothingIsKept() throws Exception {
        Complaint complaint = submit();

        attach(complaint.reference(), complaint.code(), "MZ\u0090\u0000 this is a program".getBytes(StandardCharsets.ISO_8859_1))
                .andExpect(status().isUnsupportedMediaType());

        assertThat(files.filesOf(complaint.reference())).isEmpty();
    }

    @Test
    void anUploadCutOffOnTheWayKeepsNothing() throws Exception {
        Complaint complaint = submit();
        byte[] start = ("--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
                + "%PDF-1.7\n" + "x".repeat(200_000)).getBytes(StandardCharsets.US_ASCII);

        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/complaints/" + complaint.reference() + "/attachments HTTP/1.1\r\nHost: localhost\r\n"
                    + "Follow-Up-Code: " + complaint.code() + "\r\nContent-Type: multipart/form-data; boundary=cut\r\n"
                    + "Content-Length: 1000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(start);
            out.flush();
        }

        org.awaitility.Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> files.filesOf(complaint.reference()).isEmpty());
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM stored_file_chunk c WHERE NOT EXISTS (SELECT 1 FROM stored_file f WHERE f.file_id = c.blob_key)""",
                Long.class)).isZero();
    }

    @Test
    void erasingTheComplainantLeavesTheirAttachmentsUnopenableInRawStorage() throws Exception {
        Complaint complaint = submit();
        byte[] note = "My name is Amina Diallo and I live behind the clinic.".getBytes(StandardCharsets.UTF_8);
        String id = json.readTree(attach(complaint.reference(), complaint.code(), note).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString()).get("attachmentId").asText();

        http.perform(delete("/api/v1/allegations/{ref}/complainant-personal-data", complaint.reference()).with(intakeOfficer()))
                .andExpect(status().is2xxSuccessful());

        http.perform(get("/api/v1/allegations/{ref}/attachments/{id}/content", complaint.reference(), id)
                        .param("purpose", "assessment").with(intakeOfficer()))
                .andExpect(status().isGone());
        List<byte[]> chunks = jdbc.queryForList("SELECT bytes FROM stored_file_chunk WHERE blob_key = ?", byte[].class, id);
        assertThat(chunks).isNotEmpty().allSatisfy(chunk -> assertThat(new String(chunk, StandardCharsets.ISO_8859_1)).doesNotContain("Amina"));
        String owner = jdbc.queryForObject("SELECT owner_subject FROM stored_file WHERE file_id = ?", String.class, id);
        String sealedKey = jdbc.queryForObject("SELECT sealed_key FROM stored_file WHERE file_id = ?", String.class, id);
        assertThat(vault.open(owner, sealedKey)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT wrapped_key FROM personal_data_key WHERE subject_id = ?", byte[].class, owner)).isNull();
    }

    private record Complaint(String reference, String code) {
    }

    private Complaint submit() throws Exception {
        JsonNode receipt = json.readTree(http.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mission\":\"MINUSCA\",\"description\":\"" + NARRATIVE + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        return new Complaint(receipt.get("caseReference").asText(), receipt.get("followUpCode").asText());
    }

    private org.springframework.test.web.servlet.ResultActions attach(String reference, String code, byte[] content) throws Exception {
        return http.perform(multipart("/api/v1/complaints/{ref}/attachments", reference)
                .file(new MockMultipartFile("file", "file.bin", "application/octet-stream", content))
                .header("Follow-Up-Code", code));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static RequestPostProcessor intakeOfficer() {
        return jwt().jwt(token -> token.subject("intake.officer").claim("preferred_username", "intake.officer"))
                .authorities(new SimpleGrantedAuthority("ROLE_intake-officer"));
    }
}
