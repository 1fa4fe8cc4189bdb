package org.misconduct.files;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Copies a PNG without the chunks that can tell where, when and with what it was made: EXIF ({@code eXIf}, with its
 * GPS position), text ({@code tEXt}, {@code zTXt}, {@code iTXt}, which carry XMP and free comments), the time
 * ({@code tIME}) and every ancillary chunk not known to be needed for display. Critical chunks and the ancillary
 * chunks that affect how the picture looks (transparency, colour, gamma, animation) are copied byte for byte,
 * chunk by chunk as they arrive; image data is streamed, never held whole.
 */
final class PngMetadata {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final Set<String> SHOWN = Set.of("tRNS", "gAMA", "cHRM", "sRGB", "iCCP", "sBIT", "bKGD", "pHYs",
            "acTL", "fcTL", "fdAT");
    private static final int CRC_LENGTH = 4;

    private PngMetadata() {
    }

    static void strip(InputStream png, OutputStream out) throws IOException {
        DataInputStream in = new DataInputStream(png);
        byte[] signature = new byte[SIGNATURE.length];
        in.readFully(signature);
        if (!Arrays.equals(signature, SIGNATURE)) {
            throw new UnsupportedFileType("a malformed image/png");
        }
        out.write(SIGNATURE);
        DataOutputStream kept = new DataOutputStream(out);
        String type;
        do {
            long length = Integer.toUnsignedLong(in.readInt());
            byte[] name = new byte[4];
            in.readFully(name);
            type = new String(name, StandardCharsets.ISO_8859_1);
            if (keeps(type)) {
                kept.writeInt((int) length);
                kept.write(name);
                StreamCopy.copy(in, out, length + CRC_LENGTH);
            } else {
                StreamCopy.skip(in, length + CRC_LENGTH);
            }
        } while (!type.equals("IEND"));
        kept.flush();
    }

    /** Critical chunks (upper-case first letter) are the image; of the others, only those that change how it looks. */
    private static boolean keeps(String type) {
        return Character.isUpperCase(type.charAt(0)) || SHOWN.contains(type);
    }
}
