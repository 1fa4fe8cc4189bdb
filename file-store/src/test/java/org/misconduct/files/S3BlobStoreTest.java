package org.misconduct.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.services.s3.S3Client;

/** The object-store implementation against a real S3 server (S3Proxy, in this JVM), as MinIO serves deployments. */
class S3BlobStoreTest {

    private static final String BUCKET = "evidence-files";
    private static final int PART_BYTES = (int) DataSize.ofMegabytes(5).toBytes();

    private static S3Proxy server;
    private static S3Client s3;
    private static JdbcTemplate jdbc;
    private static PersonalDataVault vault;
    private static FileStore files;

    @BeforeAll
    static void objectStore() throws Exception {
        server = S3Proxy.builder().blobStore(new TransientNio2BlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "files-access", "files-secret").build();
        server.start();
        Awaitility.await().until(() -> "STARTED".equals(server.getState()));
        s3 = FileStoreAutoConfiguration.s3Client(new FileStoreProperties.S3(URI.create("http://127.0.0.1:" + server.getPort()),
                "us-east-1", BUCKET, "files-access", "files-secret", DataSize.ofBytes(PART_BYTES)));
        s3.createBucket(request -> request.bucket(BUCKET));
        jdbc = MigratedDatabase.of("file_store_s3_test", "classpath:db/personal-data", "classpath:db/files");
        vault = PersonalDataVault.over(jdbc.getDataSource(), FileStoreTest.KEY_ENCRYPTION_KEY);
        files = FileStoreTest.fileStore(new S3BlobStore(s3, BUCKET, PART_BYTES), jdbc, vault, "50MB");
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    @Test
    void aFileOfSeveralPartsComesBackByteForByte() throws IOException {
        byte[] content = TestFiles.pdf(12 * 1024 * 1024 + 17);
        String caseFile = "ALG-2026-000101";

        StoredFile stored = files.store(new NewFile(caseFile, caseFile, false), new ByteArrayInputStream(content));

        assertThat(stored.sha256()).isEqualTo(FileStoreTest.sha256(content));
        try (InputStream opened = files.open(stored)) {
            assertThat(opened.readAllBytes()).isEqualTo(content);
        }
        byte[] raw = s3.getObjectAsBytes(request -> request.bucket(BUCKET).key(stored.fileId())).asByteArray();
        assertThat(raw).isNotEqualTo(content);
        assertThat(raw.length).isGreaterThan(content.length);
    }

    @Test
    void anUploadCutOffOnTheWayLeavesNoObjectAndNoOpenUpload() {
        String caseFile = "ALG-2026-000102";
        int objectsBefore = s3.listObjectsV2(request -> request.bucket(BUCKET)).keyCount();

        assertThatThrownBy(() -> files.store(new NewFile(caseFile, caseFile, false),
                TestFiles.cutOffAfter(TestFiles.pdf(8 * 1024 * 1024), 7 * 1024 * 1024))).isInstanceOf(IOException.class);

        assertThat(files.filesOf(caseFile)).isEmpty();
        assertThat(s3.listObjectsV2(request -> request.bucket(BUCKET)).keyCount()).isEqualTo(objectsBefore);
        assertThat(s3.listMultipartUploads(request -> request.bucket(BUCKET)).uploads()).isEmpty();
    }

    @Test
    void erasingTheOwnerLeavesTheObjectUnopenableWithAnyKey() throws IOException {
        String complainant = UUID.randomUUID().toString();
        byte[] content = "Amina took this picture near the camp gate.".getBytes(StandardCharsets.UTF_8);
        StoredFile stored = files.store(new NewFile("ALG-2026-000103", complainant, true), new ByteArrayInputStream(content));

        vault.erase(complainant);

        assertThatThrownBy(() -> files.open(stored)).isInstanceOf(FileUnreadable.class);
        ResponseBytes<?> raw = s3.getObjectAsBytes(request -> request.bucket(BUCKET).key(stored.fileId()));
        assertThat(raw.asString(StandardCharsets.ISO_8859_1)).doesNotContain("Amina");
        String sealedKey = jdbc.queryForObject("SELECT sealed_key FROM stored_file WHERE file_id = ?", String.class, stored.fileId());
        assertThat(vault.open(complainant, sealedKey)).isEmpty();
        assertThat(Base64.getDecoder().decode(sealedKey.substring("pd1:".length()))).isNotEmpty();
    }
}
