package org.misconduct.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.apache.tika.mime.MediaType;
import org.misconduct.personaldata.PersonalDataVault;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives files as streams and keeps them sealed. While the bytes arrive the server counts them (refusing past the
 * limit), hashes them, tells their type from their first bytes, removes image metadata where asked and seals them
 * under a key of the file's own; that key is sealed under the owner's personal-data key. Nothing is held whole in
 * memory, and a file that fails on the way leaves nothing behind: its metadata and (in the database store) its bytes
 * are one transaction, and an object store's upload is aborted.
 */
public class FileStore {

    private static final int DETECTION_BUFFER = 64 * 1024;
    private static final RowMapper<StoredFile> FILE = (row, index) -> new StoredFile(row.getString("file_id"),
            row.getString("container"), row.getString("content_type"), row.getLong("size_bytes"), row.getString("sha256"),
            row.getString("received_sha256"), row.getTimestamp("stored_at").toInstant());

    private final BlobStore blobs;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PersonalDataVault vault;
    private final FileTypes types;
    private final long maxBytes;
    private final Clock clock;

    public FileStore(BlobStore blobs, JdbcTemplate jdbc, TransactionTemplate transaction, PersonalDataVault vault,
                     FileStoreProperties properties, Clock clock) {
        this.blobs = blobs;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.vault = vault;
        this.types = new FileTypes(properties.acceptedTypes());
        this.maxBytes = properties.maxSize().toBytes();
        this.clock = clock;
    }

    /**
     * @throws FileTooLarge         past the size limit
     * @throws UnsupportedFileType  for a type not accepted
     * @throws PersonalDataVault.SubjectErased when the owner was erased
     */
    public StoredFile store(NewFile file, InputStream upload) throws IOException {
        try {
            return transaction.execute(status -> {
                try {
                    return receive(file, upload);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * Stores the file and then records it where it belongs (a command to the aggregate that keeps it). The file is kept
     * only if the recording succeeds: a refusal there discards it, so no refused upload leaves a file behind.
     */
    public StoredFile store(NewFile file, InputStream upload, Consumer<StoredFile> recording) throws IOException {
        StoredFile stored = store(file, upload);
        try {
            recording.accept(stored);
        } catch (RuntimeException refused) {
            discard(stored.fileId());
            throw refused;
        }
        return stored;
    }

    private void discard(String fileId) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM stored_file WHERE file_id = ?", fileId);
            blobs.delete(fileId);
        });
    }

    private StoredFile receive(NewFile file, InputStream upload) throws IOException {
        String fileId = UUID.randomUUID().toString();
        MessageDigest received = sha256();
        SizeLimit limit = new SizeLimit(upload, maxBytes);
        InputStream in = new BufferedInputStream(new DigestInputStream(limit, received), DETECTION_BUFFER);
        MediaType type = types.detect(in);
        if (!types.accepts(type)) {
            throw new UnsupportedFileType(type.toString());
        }
        byte[] fileKey = FileSealing.newFileKey();
        String sealedKey = vault.seal(file.owner(), Base64.getEncoder().encodeToString(fileKey));
        MessageDigest kept = sha256();
        long[] size = new long[1];
        blobs.write(fileId, sealed -> {
            try (CountingOutputStream plain = new CountingOutputStream(
                    new DigestOutputStream(FileSealing.sealing(fileKey, fileId, sealed), kept))) {
                Optional<MediaMetadata.Stripping> stripping = file.stripMetadata() ? MediaMetadata.of(type) : Optional.empty();
                if (stripping.isPresent()) {
                    stripping.get().strip(in, plain);
                } else {
                    in.transferTo(plain);
                }
                size[0] = plain.count();
            }
        });
        StoredFile stored = new StoredFile(fileId, file.container(), type.toString(), size[0], hex(kept), hex(received),
                clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS));
        try {
            jdbc.update("""
                    INSERT INTO stored_file (file_id, container, owner_subject, sealed_key, content_type, size_bytes, sha256,
                                             received_sha256, stored_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    fileId, file.container(), file.owner(), sealedKey, stored.contentType(), stored.size(), stored.sha256(),
                    stored.receivedSha256(), Timestamp.from(stored.storedAt()));
        } catch (RuntimeException e) {
            blobs.delete(fileId);
            throw e;
        }
        return stored;
    }

    public List<StoredFile> filesOf(String container) {
        return jdbc.query("SELECT * FROM stored_file WHERE container = ? ORDER BY stored_at, file_id", FILE, container);
    }

    /** The file, only within its own container. */
    public Optional<StoredFile> find(String container, String fileId) {
        return jdbc.query("SELECT * FROM stored_file WHERE container = ? AND file_id = ?", FILE, container, fileId)
                .stream().findFirst();
    }

    /**
     * The file's bytes, opened as they are read; the stream fails if the bytes were altered or cut short.
     *
     * @throws FileUnreadable when its owner's personal data was erased
     */
    public InputStream open(StoredFile file) throws IOException {
        KeyRow key = jdbc.queryForObject("SELECT owner_subject, sealed_key FROM stored_file WHERE file_id = ?",
                (row, index) -> new KeyRow(row.getString(1), row.getString(2)), file.fileId());
        byte[] fileKey = vault.open(key.owner(), key.sealedKey()).map(Base64.getDecoder()::decode)
                .orElseThrow(() -> new FileUnreadable(file.fileId()));
        return FileSealing.opening(fileKey, file.fileId(), blobs.read(file.fileId()));
    }

    private record KeyRow(String owner, String sealedKey) {
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {

        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        long count() {
            return count;
        }
    }
}
