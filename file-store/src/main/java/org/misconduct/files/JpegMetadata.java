package org.misconduct.files;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Copies a JPEG without the segments that describe where, when and with what it was taken: EXIF (with its GPS
 * position and device), XMP, IPTC and comments. The image itself is copied byte for byte (lossless), segment by
 * segment as it arrives, so the file is never held whole. Kept: JFIF (APP0), the colour profile (APP2 ICC_PROFILE)
 * and Adobe's colour transform (APP14), which the picture needs to look the same.
 */
final class JpegMetadata {

    private static final int START_OF_IMAGE = 0xD8;
    private static final int START_OF_SCAN = 0xDA;
    private static final int END_OF_IMAGE = 0xD9;
    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COMMENT = 0xFE;
    private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);

    private JpegMetadata() {
    }

    static void strip(InputStream jpeg, OutputStream out) throws IOException {
        expect(jpeg, 0xFF);
        expect(jpeg, START_OF_IMAGE);
        out.write(new byte[] {(byte) 0xFF, (byte) START_OF_IMAGE});
        while (true) {
            int marker = nextMarker(jpeg);
            if (marker == START_OF_SCAN || marker == END_OF_IMAGE) {
                out.write(0xFF);
                out.write(marker);
                jpeg.transferTo(out);
                return;
            }
            byte[] segment = segment(jpeg);
            if (keeps(marker, segment)) {
                out.write(0xFF);
                out.write(marker);
                out.write(segment);
            }
        }
    }

    private static boolean keeps(int marker, byte[] segment) {
        boolean metadata = marker >= APP0 && marker <= APP15 || marker == COMMENT;
        return !metadata || marker == APP0 || marker == APP14 || marker == APP2 && startsWith(segment, 2, ICC_PROFILE);
    }

    /** A segment's length (two bytes, counting themselves) followed by its content, at most 64 KiB. */
    private static byte[] segment(InputStream jpeg) throws IOException {
        int high = read(jpeg);
        int low = read(jpeg);
        int length = high << 8 | low;
        if (length < 2) {
            throw new UnsupportedFileType("a malformed image/jpeg");
        }
        byte[] segment = new byte[length];
        segment[0] = (byte) high;
        segment[1] = (byte) low;
        if (jpeg.readNBytes(segment, 2, length - 2) != length - 2) {
            throw new EOFException("The JPEG ends inside a segment");
        }
        return segment;
    }

    /** The next marker, after any fill bytes (0xFF) in front of it. */
    private static int nextMarker(InputStream jpeg) throws IOException {
        expect(jpeg, 0xFF);
        int marker = read(jpeg);
        while (marker == 0xFF) {
            marker = read(jpeg);
        }
        return marker;
    }

    private static void expect(InputStream jpeg, int expected) throws IOException {
        if (read(jpeg) != expected) {
            throw new UnsupportedFileType("a malformed image/jpeg");
        }
    }

    private static int read(InputStream jpeg) throws IOException {
        int next = jpeg.read();
        if (next < 0) {
            throw new EOFException("The JPEG ends early");
        }
        return next;
    }

    private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
        if (bytes.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
