package org.misconduct.files;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * Blobs as objects of an S3-compatible store (MinIO, AWS S3, ...). A blob is uploaded in parts, one part in memory at a
 * time, and becomes an object only when its last part is in: a failed upload is aborted and leaves no object.
 */
class S3BlobStore implements BlobStore {

    private final S3Client s3;
    private final String bucket;
    private final int partBytes;

    S3BlobStore(S3Client s3, String bucket, int partBytes) {
        this.s3 = s3;
        this.bucket = bucket;
        this.partBytes = partBytes;
    }

    @Override
    public void write(String key, Content content) throws IOException {
        String uploadId = s3.createMultipartUpload(request -> request.bucket(bucket).key(key)).uploadId();
        try {
            Parts parts = new Parts(key, uploadId);
            content.writeTo(parts);
            parts.close();
            s3.completeMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId)
                    .multipartUpload(upload -> upload.parts(parts.completed)));
        } catch (IOException | RuntimeException failure) {
            s3.abortMultipartUpload(request -> request.bucket(bucket).key(key).uploadId(uploadId));
            throw failure;
        }
    }

    @Override
    public InputStream read(String key) {
        return s3.getObject(request -> request.bucket(bucket).key(key));
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(request -> request.bucket(bucket).key(key));
    }

    /** Uploads each part once full; the last part may be smaller (or empty). */
    private final class Parts extends BlockOutputStream {

        private final String key;
        private final String uploadId;
        private final List<CompletedPart> completed = new ArrayList<>();

        Parts(String key, String uploadId) {
            super(partBytes);
            this.key = key;
            this.uploadId = uploadId;
        }

        @Override
        protected void block(int index, byte[] bytes) {
            int number = index + 1;
            String etag = s3.uploadPart(request -> request.bucket(bucket).key(key).uploadId(uploadId).partNumber(number)
                    .contentLength((long) bytes.length), RequestBody.fromBytes(bytes)).eTag();
            completed.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
        }
    }
}
