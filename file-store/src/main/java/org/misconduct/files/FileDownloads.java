package org.misconduct.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A stored file as a download: streamed as it is opened, never shown inline, with the hash it was kept under. */
public final class FileDownloads {

    private FileDownloads() {
    }

    public static ResponseEntity<StreamingResponseBody> of(FileStore files, StoredFile file) throws IOException {
        InputStream content = files.open(file);
        StreamingResponseBody body = out -> {
            try (content) {
                content.transferTo(out);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileId()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256())) + ":")
                .body(body);
    }
}
