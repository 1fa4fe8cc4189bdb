package org.misconduct.files;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The header of a box of an ISO base media file (MP4, QuickTime, 3GPP, HEIF), as read from the stream: its type and
 * how many content bytes follow, or that it runs to the end of the file.
 *
 * @param header the header's bytes as read (8, or 16 with a 64-bit size)
 */
record IsoBox(byte[] header, String type, long contentLength, boolean toEnd) {

    /** The next box's header, or empty at the end of the file. */
    static Optional<IsoBox> next(DataInputStream in) throws IOException {
        byte[] header = new byte[8];
        int read = in.readNBytes(header, 0, 8);
        if (read == 0) {
            return Optional.empty();
        }
        if (read < 8) {
            throw new EOFException("The file ends inside a box header");
        }
        long size = Integer.toUnsignedLong(ByteBuffer.wrap(header).getInt());
        String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
        if (size == 1) {
            header = Arrays.copyOf(header, 16);
            in.readFully(header, 8, 8);
            size = ByteBuffer.wrap(header, 8, 8).getLong();
        }
        if (size == 0) {
            return Optional.of(new IsoBox(header, type, 0, true));
        }
        if (size < header.length) {
            throw new UnsupportedFileType("a malformed " + type + " box");
        }
        return Optional.of(new IsoBox(header, type, size - header.length, false));
    }

    /** The same header under another type, sizes unchanged. */
    byte[] renamed(String newType) {
        byte[] renamed = header.clone();
        System.arraycopy(newType.getBytes(StandardCharsets.ISO_8859_1), 0, renamed, 4, 4);
        return renamed;
    }
}
