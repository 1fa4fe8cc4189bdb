package org.misconduct.files;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Copies an MP4, QuickTime or 3GPP video without the boxes that can tell where, when and with what it was filmed: user
 * data ({@code udta}, with {@code ©xyz} and the device), metadata ({@code meta}, with Apple's location keys) and
 * extension boxes ({@code uuid}, with XMP), at the top level, in the movie box and in each track. Each is overwritten in
 * place, renamed {@code free} with its content zeroed, so no size or offset in the file changes and the media data
 * is copied byte for byte as it arrives. The movie box is read whole to be rewritten: it indexes the media and holds
 * no media itself, so it stays small; one larger than {@link #MAX_MOVIE_BOX} is refused.
 */
final class VideoMetadata {

    static final int MAX_MOVIE_BOX = 16 * 1024 * 1024;
    private static final Set<String> METADATA = Set.of("udta", "meta", "uuid");
    private static final byte[] FREE = "free".getBytes(StandardCharsets.US_ASCII);

    private VideoMetadata() {
    }

    static void strip(InputStream video, OutputStream out) throws IOException {
        DataInputStream in = new DataInputStream(video);
        Optional<IsoBox> next;
        while ((next = IsoBox.next(in)).isPresent()) {
            IsoBox box = next.get();
            if (box.toEnd()) {
                out.write(box.header());
                in.transferTo(out);
                return;
            }
            if (METADATA.contains(box.type())) {
                out.write(box.renamed("free"));
                StreamCopy.skip(in, box.contentLength());
                StreamCopy.zeros(out, box.contentLength());
            } else if (box.type().equals("moov")) {
                out.write(box.header());
                out.write(movieBoxWithoutMetadata(in, box.contentLength()));
            } else {
                out.write(box.header());
                StreamCopy.copy(in, out, box.contentLength());
            }
        }
    }

    private static byte[] movieBoxWithoutMetadata(DataInputStream in, long length) throws IOException {
        if (length > MAX_MOVIE_BOX) {
            throw new UnsupportedFileType("a video whose movie box is too large to remove its metadata");
        }
        byte[] movie = new byte[(int) length];
        in.readFully(movie);
        neutralise(movie, 0, movie.length);
        return movie;
    }

    /** Walks the boxes in {@code [from, to)}, neutralising metadata boxes and descending into tracks. */
    private static void neutralise(byte[] boxes, int from, int to) {
        int at = from;
        while (at + 8 <= to) {
            long size = Integer.toUnsignedLong(ByteBuffer.wrap(boxes, at, 4).getInt());
            String type = new String(boxes, at + 4, 4, StandardCharsets.ISO_8859_1);
            int headerLength = size == 1 ? 16 : 8;
            if (size == 1) {
                size = ByteBuffer.wrap(boxes, at + 8, 8).getLong();
            } else if (size == 0) {
                size = to - at;
            }
            if (size < headerLength || at + size > to) {
                throw new UnsupportedFileType("a malformed video");
            }
            int end = (int) (at + size);
            if (METADATA.contains(type)) {
                System.arraycopy(FREE, 0, boxes, at + 4, 4);
                Arrays.fill(boxes, at + headerLength, end, (byte) 0);
            } else if (type.equals("trak")) {
                neutralise(boxes, at + headerLength, end);
            }
            at = end;
        }
    }
}
