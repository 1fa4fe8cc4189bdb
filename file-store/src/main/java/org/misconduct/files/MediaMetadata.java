package org.misconduct.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;

import org.apache.tika.mime.MediaType;

/** The types whose metadata (position, time, device) the store removes, each by its own format's rules. */
final class MediaMetadata {

    /** Copies an image of one type without its metadata. */
    @FunctionalInterface
    interface Stripping {
        void strip(InputStream image, OutputStream out) throws IOException;
    }

    private static final Map<MediaType, Stripping> STRIPPING = Map.of(
            MediaType.image("jpeg"), JpegMetadata::strip,
            MediaType.image("png"), PngMetadata::strip,
            MediaType.image("webp"), WebpMetadata::strip,
            MediaType.image("heic"), HeifMetadata::strip,
            MediaType.video("mp4"), VideoMetadata::strip,
            MediaType.video("quicktime"), VideoMetadata::strip,
            MediaType.video("3gpp"), VideoMetadata::strip,
            MediaType.audio("mp4"), VideoMetadata::strip);

    private MediaMetadata() {
    }

    static Optional<Stripping> of(MediaType type) {
        return Optional.ofNullable(STRIPPING.get(type));
    }
}
