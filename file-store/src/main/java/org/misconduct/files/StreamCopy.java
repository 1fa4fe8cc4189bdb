package org.misconduct.files;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Moves a known number of bytes of a container format through a small buffer, failing if the stream ends first. */
final class StreamCopy {

    private static final int BUFFER = 8192;

    private StreamCopy() {
    }

    static void copy(InputStream in, OutputStream out, long count) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long left = count;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException("The file ends inside a part it announced");
            }
            out.write(buffer, 0, read);
            left -= read;
        }
    }

    static void skip(InputStream in, long count) throws IOException {
        copy(in, OutputStream.nullOutputStream(), count);
    }

    static void zeros(OutputStream out, long count) throws IOException {
        byte[] zeros = new byte[BUFFER];
        for (long left = count; left > 0; left -= zeros.length) {
            out.write(zeros, 0, (int) Math.min(zeros.length, left));
        }
    }
}
