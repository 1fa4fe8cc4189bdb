package org.misconduct.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

class FileStoreTest {

    static final String KEY_ENCRYPTION_KEY = Base64.getEncoder().encodeToString(FileSealing.newFileKey());

    private static JdbcTemplate jdbc;
    private static PersonalDataVault vault;
    private static FileStore files;

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("file_store_test", "classpath:db/personal-data", "classpath:db/files");
        vault = PersonalDataVault.over(jdbc.getDataSource(), KEY_ENCRYPTION_KEY);
        files = fileStore(new PostgresBlobStore(jdbc), jdbc, vault, "1MB");
    }

    static FileStore fileStore(BlobStore blobs, JdbcTemplate jdbc, PersonalDataVault vault, String maxSize) {
        FileStoreProperties properties = new Binder(new MapConfigurationPropertySource(java.util.Map.of("misconduct.files.max-size", maxSize)))
                .bindOrCreate("misconduct.files", FileStoreProperties.class);
        return new FileStore(blobs, jdbc, new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource())),
                vault, properties, Clock.systemUTC());
    }

    @Test
    void aFileComesBackByteForByteWithTheHashOfWhatWasReceived() throws IOException {
        byte[] content = TestFiles.pdf(300_000);
        String caseFile = newCase();

        StoredFile stored = files.store(new NewFile(caseFile, caseFile, false), new ByteArrayInputStream(content));

        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha256(content)).isEqualTo(stored.receivedSha256());
        try (InputStream opened = files.open(stored)) {
            assertThat(opened.readAllBytes()).isEqualTo(content);
        }
        assertThat(files.filesOf(caseFile)).containsExactly(stored);
        assertThat(files.find("ALG-2026-999999", stored.fileId())).isEmpty();
    }

    @Test
    void theStoreHoldsOnlySealedBytes() throws IOException {
        byte[] content = "Statement of the witness, recorded on site at the market.".getBytes(StandardCharsets.UTF_8);
        String caseFile = newCase();

        StoredFile stored = files.store(new NewFile(caseFile, caseFile, false), new ByteArrayInputStream(content));

        byte[] raw = rawBytesOf(stored);
        assertThat(new String(raw, StandardCharsets.ISO_8859_1)).doesNotContain("witness");
        assertThat(raw.length).isGreaterThan(content.length);
    }

    @Test
    void aPhotographLosesItsPositionAndDeviceButKeepsTheHashOfWhatWasSent() throws IOException {
        byte[] photo = TestFiles.jpegWithGpsPosition();
        assertThat(TestFiles.hasGpsPosition(photo)).isTrue();
        String complainant = UUID.randomUUID().toString();

        StoredFile stored = files.store(new NewFile(newCase(), complainant, true), new ByteArrayInputStream(photo));

        byte[] kept;
        try (InputStream opened = files.open(stored)) {
            kept = opened.readAllBytes();
        }
        assertThat(TestFiles.hasGpsPosition(kept)).isFalse();
        assertThat(TestFiles.hasExif(kept)).isFalse();
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(kept)).getRGB(10, 10) & 0xFF0000).isNotZero();
        assertThat(stored.receivedSha256()).isEqualTo(sha256(photo));
        assertThat(stored.sha256()).isEqualTo(sha256(kept)).isNotEqualTo(stored.receivedSha256());
        assertThat(stored.metadataRemoved()).isTrue();
    }

    @Test
    void evidenceKeepsItsPhotographsAsTaken() throws IOException {
        byte[] photo = TestFiles.jpegWithGpsPosition();
        String caseFile = newCase();

        StoredFile stored = files.store(new NewFile(caseFile, caseFile, false), new ByteArrayInputStream(photo));

        assertThat(stored.sha256()).isEqualTo(sha256(photo));
        try (InputStream opened = files.open(stored)) {
            assertThat(TestFiles.hasGpsPosition(opened.readAllBytes())).isTrue();
        }
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedAndNothingIsKept() {
        String caseFile = newCase();

        assertThatThrownBy(() -> files.store(new NewFile(caseFile, caseFile, false),
                new ByteArrayInputStream(TestFiles.pdf(1024 * 1024 + 1)))).isInstanceOf(FileTooLarge.class);

        assertNothingKeptFor(caseFile);
    }

    @Test
    void aTypeNotAcceptedIsRefusedWhateverItsNameAndNothingIsKept() {
        String caseFile = newCase();
        byte[] script = "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII);
        byte[] executable = new byte[4096];
        executable[0] = 'M';
        executable[1] = 'Z';

        assertThatThrownBy(() -> files.store(new NewFile(caseFile, caseFile, false), new ByteArrayInputStream(script)))
                .isInstanceOf(UnsupportedFileType.class).hasMessageContaining("application/x-sh");
        assertThatThrownBy(() -> files.store(new NewFile(caseFile, caseFile, false), new ByteArrayInputStream(executable)))
                .isInstanceOf(UnsupportedFileType.class);

        assertNothingKeptFor(caseFile);
    }

    @Test
    void aFileWhoseRecordingIsRefusedIsNotKept() {
        String caseFile = newCase();
        long chunksBefore = chunkCount();

        assertThatThrownBy(() -> files.store(new NewFile(caseFile, caseFile, false), new ByteArrayInputStream(TestFiles.pdf(200_000)),
                stored -> {
                    throw new IllegalStateException("refused by the case");
                })).isInstanceOf(IllegalStateException.class).hasMessage("refused by the case");

        assertNothingKeptFor(caseFile);
        assertThat(chunkCount()).isEqualTo(chunksBefore);
    }

    @Test
    void aFileWhoseRecordingSucceedsIsKept() throws IOException {
        String caseFile = newCase();

        StoredFile stored = files.store(new NewFile(caseFile, caseFile, false), new ByteArrayInputStream(TestFiles.pdf(2_000)),
                recorded -> { });

        assertThat(files.filesOf(caseFile)).containsExactly(stored);
    }

    @Test
    void anUploadCutOffOnTheWayLeavesNothingBehind() {
        String caseFile = newCase();
        long chunksBefore = chunkCount();
        byte[] content = TestFiles.pdf(900_000);

        assertThatThrownBy(() -> files.store(new NewFile(caseFile, caseFile, false), TestFiles.cutOffAfter(content, 700_000)))
                .isInstanceOf(IOException.class);

        assertNothingKeptFor(caseFile);
        assertThat(chunkCount()).isEqualTo(chunksBefore);
    }

    @Test
    void erasingTheOwnerLeavesTheStoredBytesUnopenableWithAnyKey() throws IOException {
        String complainant = UUID.randomUUID().toString();
        byte[] content = "My name is Amina and I live behind the clinic.".getBytes(StandardCharsets.UTF_8);
        StoredFile stored = files.store(new NewFile(newCase(), complainant, true), new ByteArrayInputStream(content));
        String sealedKey = jdbc.queryForObject("SELECT sealed_key FROM stored_file WHERE file_id = ?", String.class, stored.fileId());

        vault.erase(complainant);

        assertThatThrownBy(() -> files.open(stored)).isInstanceOf(FileUnreadable.class);
        assertThat(vault.open(complainant, sealedKey)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT wrapped_key FROM personal_data_key WHERE subject_id = ?", byte[].class, complainant)).isNull();
        assertThat(new String(rawBytesOf(stored), StandardCharsets.ISO_8859_1)).doesNotContain("Amina");
        assertThat(jdbc.queryForObject("SELECT sealed_key FROM stored_file WHERE file_id = ?", String.class, stored.fileId()))
                .doesNotContain("Amina").startsWith("pd1:");
    }

    @Test
    void bytesAlteredInTheStoreDoNotOpen() throws IOException {
        String caseFile = newCase();
        StoredFile stored = files.store(new NewFile(caseFile, caseFile, false), new ByteArrayInputStream(TestFiles.pdf(10_000)));
        byte[] raw = rawBytesOf(stored);
        raw[raw.length / 2] ^= 1;
        jdbc.update("UPDATE stored_file_chunk SET bytes = ? WHERE blob_key = ?", raw, stored.fileId());

        assertThatThrownBy(() -> {
            try (InputStream opened = files.open(stored)) {
                opened.readAllBytes();
            }
        }).isInstanceOf(IOException.class);
    }

    private static void assertNothingKeptFor(String caseFile) {
        assertThat(files.filesOf(caseFile)).isEmpty();
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM stored_file_chunk c WHERE NOT EXISTS (SELECT 1 FROM stored_file f WHERE f.file_id = c.blob_key)""",
                Long.class)).isZero();
    }

    private static long chunkCount() {
        return jdbc.queryForObject("SELECT count(*) FROM stored_file_chunk", Long.class);
    }

    private static byte[] rawBytesOf(StoredFile stored) {
        List<byte[]> chunks = jdbc.queryForList("SELECT bytes FROM stored_file_chunk WHERE blob_key = ? ORDER BY seq", byte[].class, stored.fileId());
        return chunks.stream().reduce(new byte[0], (a, b) -> {
            byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, joined, a.length, b.length);
            return joined;
        });
    }

    private static String newCase() {
        return "ALG-2026-" + String.format("%06d", (int) (Math.random() * 900_000) + 100_000);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
