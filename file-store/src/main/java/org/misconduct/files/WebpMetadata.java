package org.misconduct.files;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Copies a WebP without its EXIF (with its GPS position) and XMP. Those chunks follow the image data, after the header
 * that states the file's size has gone out, so each is overwritten in place rather than dropped: renamed to a chunk
 * every reader ignores, its content zeroed, the sizes unchanged. The extended header's flags no longer announce them.
 * Everything else is copied byte for byte, chunk by chunk as it arrives.
 */
final class WebpMetadata {

    private static final byte[] NEUTRAL = "JUNK".getBytes(StandardCharsets.US_ASCII);
    private static final int EXIF_AND_XMP_FLAGS = 0x0C;

    private WebpMetadata() {
    }

    static void strip(InputStream webp, OutputStream out) throws IOException {
        DataInputStream in = new DataInputStream(webp);
        byte[] header = new byte[12];
        in.readFully(header);
        if (!fourCc(header, 0).equals("RIFF") || !fourCc(header, 8).equals("WEBP")) {
            throw new UnsupportedFileType("a malformed image/webp");
        }
        out.write(header);
        long left = littleEndian(header, 4) - 4;
        while (left > 0) {
            byte[] chunk = new byte[8];
            in.readFully(chunk);
            long size = littleEndian(chunk, 4);
            long padded = size + (size & 1);
            String type = fourCc(chunk, 0);
            if (type.equals("EXIF") || type.equals("XMP ")) {
                System.arraycopy(NEUTRAL, 0, chunk, 0, 4);
                out.write(chunk);
                StreamCopy.skip(in, padded);
                StreamCopy.zeros(out, padded);
            } else if (type.equals("VP8X") && size >= 1) {
                out.write(chunk);
                out.write(in.readUnsignedByte() & ~EXIF_AND_XMP_FLAGS);
                StreamCopy.copy(in, out, padded - 1);
            } else {
                out.write(chunk);
                StreamCopy.copy(in, out, padded);
            }
            left -= 8 + padded;
        }
    }

    private static String fourCc(byte[] bytes, int offset) {
        return new String(Arrays.copyOfRange(bytes, offset, offset + 4), StandardCharsets.US_ASCII);
    }

    private static long littleEndian(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFFL) | (bytes[offset + 1] & 0xFFL) << 8 | (bytes[offset + 2] & 0xFFL) << 16
                | (bytes[offset + 3] & 0xFFL) << 24;
    }
}
