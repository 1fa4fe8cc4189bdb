package org.misconduct.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Where sealed bytes are kept. A blob exists whole or not at all: a write that fails leaves nothing behind. */
public interface BlobStore {

    /** What writes a blob's bytes, as they arrive. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    void write(String key, Content content) throws IOException;

    /** The blob's bytes, read as they are consumed. */
    InputStream read(String key) throws IOException;

    void delete(String key);
}
