package org.misconduct.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads until more than the limit has arrived, then fails: a file is judged by what it sends, not what it claims. */
final class SizeLimit extends FilterInputStream {

    private final long maxBytes;
    private long read;

    SizeLimit(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int next = super.read();
        if (next >= 0) {
            count(1);
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    long bytesRead() {
        return read;
    }

    private void count(int n) throws FileTooLarge {
        read += n;
        if (read > maxBytes) {
            throw new FileTooLarge(maxBytes);
        }
    }
}
