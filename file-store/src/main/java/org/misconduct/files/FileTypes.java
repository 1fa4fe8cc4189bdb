package org.misconduct.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

/** A file's type, told from its first bytes (Apache Tika's magic), never from its name or the type the sender claims. */
final class FileTypes {

    private final Detector detector = MimeTypes.getDefaultMimeTypes();
    private final List<MediaType> accepted;

    FileTypes(List<String> accepted) {
        this.accepted = accepted.stream().map(MediaType::parse).toList();
    }

    /** @param bytes a stream that supports mark and reset: it is read from and reset to where it was */
    MediaType detect(InputStream bytes) throws IOException {
        return detector.detect(bytes, new Metadata()).getBaseType();
    }

    boolean accepts(MediaType type) {
        return accepted.contains(type);
    }
}
