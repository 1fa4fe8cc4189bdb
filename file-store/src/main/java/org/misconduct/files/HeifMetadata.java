package org.misconduct.files;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Copies a HEIC picture without its EXIF (with its GPS position and device) and XMP. In HEIF these are items of the
 * picture: the {@code meta} box names them ({@code iinf}) and says where their bytes lie ({@code iloc}), usually in the
 * media data that follows. Their bytes are zeroed where they lie, nothing moves, so every offset still holds and the
 * picture is copied byte for byte. The {@code meta} box is read whole (it indexes the picture and stays small); a
 * picture whose metadata lies before its index, or is found in a way this copy does not follow, is refused.
 */
final class HeifMetadata {

    private static final int MAX_META_BOX = 4 * 1024 * 1024;

    private HeifMetadata() {
    }

    static void strip(InputStream heif, OutputStream out) throws IOException {
        DataInputStream in = new DataInputStream(heif);
        long position = 0;
        List<HeifItems.Extent> metadata = List.of();
        Optional<IsoBox> next;
        while ((next = IsoBox.next(in)).isPresent()) {
            IsoBox box = next.get();
            out.write(box.header());
            position += box.header().length;
            if (box.toEnd()) {
                copyZeroing(in, out, position, Long.MAX_VALUE, metadata);
                return;
            }
            long content = box.contentLength();
            if (box.type().equals("meta") && metadata.isEmpty()) {
                byte[] meta = readMeta(in, content);
                metadata = HeifItems.metadataExtents(meta);
                long afterMeta = position + content;
                if (metadata.stream().anyMatch(extent -> extent.offset() < afterMeta)) {
                    throw new UnsupportedFileType("a HEIC picture whose metadata cannot be removed");
                }
                out.write(meta);
            } else {
                copyZeroing(in, out, position, content, metadata);
            }
            position += content;
        }
    }

    private static byte[] readMeta(DataInputStream in, long length) throws IOException {
        if (length > MAX_META_BOX) {
            throw new UnsupportedFileType("a HEIC picture whose index is too large to remove its metadata");
        }
        byte[] meta = new byte[(int) length];
        in.readFully(meta);
        return meta;
    }

    /** Copies {@code length} bytes (or to the end) starting at file offset {@code from}, zeroing the metadata's bytes. */
    private static void copyZeroing(InputStream in, OutputStream out, long from, long length, List<HeifItems.Extent> zeroed)
            throws IOException {
        byte[] buffer = new byte[8192];
        long at = from;
        long end = length == Long.MAX_VALUE ? Long.MAX_VALUE : from + length;
        while (at < end) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, end - at));
            if (read < 0) {
                if (length == Long.MAX_VALUE) {
                    return;
                }
                throw new EOFException("The picture ends inside a box");
            }
            for (HeifItems.Extent extent : zeroed) {
                long zeroFrom = Math.max(at, extent.offset());
                long zeroTo = Math.min(at + read, extent.offset() + extent.length());
                if (zeroFrom < zeroTo) {
                    Arrays.fill(buffer, (int) (zeroFrom - at), (int) (zeroTo - at), (byte) 0);
                }
            }
            out.write(buffer, 0, read);
            at += read;
        }
    }
}
