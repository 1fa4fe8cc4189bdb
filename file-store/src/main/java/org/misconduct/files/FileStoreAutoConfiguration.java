package org.misconduct.files;

import java.time.Clock;

import jakarta.servlet.MultipartConfigElement;
import org.misconduct.personaldata.PersonalDataAutoConfiguration;
import org.misconduct.personaldata.PersonalDataVault;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.web.servlet.MultipartAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

@AutoConfiguration(after = PersonalDataAutoConfiguration.class, before = MultipartAutoConfiguration.class)
@EnableConfigurationProperties(FileStoreProperties.class)
@Import(FileProblems.class)
public class FileStoreAutoConfiguration {

    /** Spare room in a multipart request for the form's other fields around the file. */
    private static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

    @Bean
    FileStore fileStore(BlobStore blobs, JdbcTemplate jdbc, TransactionTemplate transaction, PersonalDataVault vault,
                        FileStoreProperties properties, Clock clock) {
        return new FileStore(blobs, jdbc, transaction, vault, properties, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "misconduct.files.store", havingValue = "S3")
    BlobStore s3BlobStore(FileStoreProperties properties) {
        FileStoreProperties.S3 s3 = properties.s3();
        return new S3BlobStore(s3Client(s3), s3.bucket(), (int) s3.partSize().toBytes());
    }

    @Bean
    @ConditionalOnProperty(name = "misconduct.files.store", havingValue = "POSTGRES", matchIfMissing = true)
    BlobStore postgresBlobStore(JdbcTemplate jdbc) {
        return new PostgresBlobStore(jdbc);
    }

    /**
     * Uploads are written to disk by the servlet container as they arrive (threshold 0: never into memory), within the
     * file size limit, and deleted when the request ends.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(FileStoreProperties properties) {
        long maxFile = properties.maxSize().toBytes();
        return new MultipartConfigElement("", maxFile, maxFile + FORM_FIELDS.toBytes(), 0);
    }

    static S3Client s3Client(FileStoreProperties.S3 s3) {
        S3ClientBuilder builder = S3Client.builder().region(Region.of(s3.region()));
        if (s3.endpoint() != null) {
            builder.endpointOverride(s3.endpoint()).forcePathStyle(true);
        }
        if (s3.accessKey() != null && !s3.accessKey().isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(s3.accessKey(), s3.secretKey())));
        }
        return builder.build();
    }
}
