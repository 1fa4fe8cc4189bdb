package org.misconduct.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.util.Enumeration;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Blobs as rows of chunks in the service's own database, so a deployment needs nothing more than it has. A blob is
 * written inside the caller's transaction ({@link FileStore} opens one): a failed upload rolls its chunks back.
 */
class PostgresBlobStore implements BlobStore {

    /** Small enough that reading one back (the driver receives it hex-encoded) costs little memory. */
    static final int CHUNK_BYTES = 256 * 1024;

    private final JdbcTemplate jdbc;

    PostgresBlobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void write(String key, Content content) throws IOException {
        try (OutputStream chunks = new ChunkRows(key)) {
            content.writeTo(chunks);
        }
    }

    @Override
    public InputStream read(String key) {
        int count = jdbc.queryForObject("SELECT count(*) FROM stored_file_chunk WHERE blob_key = ?", Integer.class, key);
        return new SequenceInputStream(new Enumeration<>() {
            private int next;

            @Override
            public boolean hasMoreElements() {
                return next < count;
            }

            @Override
            public InputStream nextElement() {
                byte[] bytes = jdbc.queryForObject("SELECT bytes FROM stored_file_chunk WHERE blob_key = ? AND seq = ?",
                        byte[].class, key, next++);
                return new ByteArrayInputStream(bytes);
            }
        });
    }

    @Override
    public void delete(String key) {
        jdbc.update("DELETE FROM stored_file_chunk WHERE blob_key = ?", key);
    }

    /** Inserts each chunk once full. */
    private final class ChunkRows extends BlockOutputStream {

        private final String key;

        ChunkRows(String key) {
            super(CHUNK_BYTES);
            this.key = key;
        }

        @Override
        protected void block(int index, byte[] bytes) {
            jdbc.update("INSERT INTO stored_file_chunk (blob_key, seq, bytes) VALUES (?, ?, ?)", key, index, bytes);
        }
    }
}
