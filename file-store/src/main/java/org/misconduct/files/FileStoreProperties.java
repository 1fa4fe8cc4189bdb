package org.misconduct.files;

import java.net.URI;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How files are received and kept.
 *
 * @param maxSize       the largest file accepted; a larger one is refused with 413 and nothing is kept
 * @param acceptedTypes the media types accepted, as detected from the bytes (never from the name); others get 415
 * @param store         where the sealed bytes go: the service's own database, or an S3-compatible object store
 * @param s3            the object store, when {@code store} is {@code S3}
 */
@ConfigurationProperties("misconduct.files")
public record FileStoreProperties(
        @DefaultValue("50MB") DataSize maxSize,
        @DefaultValue({"image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "application/pdf", "text/plain",
                "audio/mpeg", "audio/mp4", "audio/ogg", "audio/vnd.wave", "audio/x-wav", "audio/amr", "video/mp4",
                "video/quicktime", "video/3gpp"}) List<String> acceptedTypes,
        @DefaultValue("POSTGRES") Store store,
        @DefaultValue S3 s3) {

    public enum Store { POSTGRES, S3 }

    /**
     * @param endpoint    the S3 endpoint, such as a MinIO server's; empty for AWS itself
     * @param region      the region the bucket is in
     * @param bucket      the bucket, one per service
     * @param accessKey   the access key; empty to use the SDK's default credentials (environment, instance role)
     * @param secretKey   the secret key that goes with {@code accessKey}
     * @param partSize    the size of each part of a multipart upload: what one upload holds in memory at a time
     */
    public record S3(URI endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey,
                     String secretKey, @DefaultValue("8MB") DataSize partSize) {
    }

    public FileStoreProperties {
        if (maxSize.toBytes() < 1) {
            throw new IllegalArgumentException("misconduct.files.max-size must be positive");
        }
    }
}
