package org.misconduct.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.misconduct.personaldata.PersonalDataVault;
import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 40 MB file goes in and comes back out byte for byte in a JVM whose heap could not hold it (the build runs this
 * class alone with {@code -Xmx32m}): received, hashed, sealed, stored and opened again as streams.
 */
class LargeFileStreamingTest {

    private static final int SIZE = 40 * 1024 * 1024;
    private static final String CONSTRAINED_HEAP = "misconduct.files.constrained-heap";

    @Test
    void aFileLargerThanTheHeapIsStoredAndOpenedByteForByte() throws Exception {
        assumeTrue(Boolean.getBoolean(CONSTRAINED_HEAP), "runs in the build's constrained-heap execution");
        assertThat(Runtime.getRuntime().maxMemory()).as("this test runs with a heap smaller than the file").isLessThan(SIZE);
        JdbcTemplate jdbc = MigratedDatabase.of("file_store_large_test", "classpath:db/personal-data", "classpath:db/files");
        PersonalDataVault vault = PersonalDataVault.over(jdbc.getDataSource(), FileStoreTest.KEY_ENCRYPTION_KEY);
        FileStore files = FileStoreTest.fileStore(new PostgresBlobStore(jdbc), jdbc, vault, "50MB");
        MessageDigest sent = MessageDigest.getInstance("SHA-256");

        StoredFile stored = files.store(new NewFile("ALG-2026-000040", "case-file:ALG-2026-000040", false),
                new DigestInputStream(new GeneratedPdf(SIZE), sent));

        assertThat(stored.size()).isEqualTo(SIZE);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(sent.digest()));
        try (InputStream opened = files.open(stored); InputStream expected = new GeneratedPdf(SIZE)) {
            long compared = 0;
            byte[] actualBuffer = new byte[64 * 1024];
            byte[] expectedBuffer = new byte[64 * 1024];
            int read;
            while ((read = opened.readNBytes(actualBuffer, 0, actualBuffer.length)) > 0) {
                assertThat(expected.readNBytes(expectedBuffer, 0, read)).isEqualTo(read);
                assertThat(java.util.Arrays.equals(actualBuffer, 0, read, expectedBuffer, 0, read)).as("bytes from " + compared).isTrue();
                compared += read;
            }
            assertThat(compared).isEqualTo(SIZE);
            assertThat(expected.read()).isEqualTo(-1);
        }
    }

    /** The same pseudo-random bytes behind a PDF header every time, made as they are read. */
    private static final class GeneratedPdf extends InputStream {

        private static final byte[] HEADER = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

        private final SplittableRandom random = new SplittableRandom(40);
        private final long size;
        private long position;

        GeneratedPdf(long size) {
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            int next = position < HEADER.length ? HEADER[(int) position] : random.nextInt(256);
            position++;
            return next & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position >= size) {
                return -1;
            }
            int count = (int) Math.min(length, size - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) read();
            }
            return count;
        }
    }
}
