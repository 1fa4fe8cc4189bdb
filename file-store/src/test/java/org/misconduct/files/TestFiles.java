package org.misconduct.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Files as complainants and investigators send them. */
final class TestFiles {

    private TestFiles() {
    }

    /** A photograph that tells where it was taken (GPS) and with which device. */
    static byte[] jpegWithGpsPosition() throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xFF0000);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", plain);
        TiffOutputSet exif = new TiffOutputSet();
        exif.setGpsInDegrees(18.5582, 4.3947);
        exif.getOrCreateRootDirectory().add(TiffTagConstants.TIFF_TAG_MAKE, "PhoneMaker");
        ByteArrayOutputStream tagged = new ByteArrayOutputStream();
        new ExifRewriter().updateExifMetadataLossless(plain.toByteArray(), tagged, exif);
        return tagged.toByteArray();
    }

    static boolean hasGpsPosition(byte[] jpeg) throws IOException {
        ImageMetadata metadata = Imaging.getMetadata(jpeg);
        return metadata instanceof JpegImageMetadata jpegMetadata && jpegMetadata.getExif() != null
                && jpegMetadata.getExif().getGpsInfo() != null;
    }

    static boolean hasExif(byte[] jpeg) throws IOException {
        ImageMetadata metadata = Imaging.getMetadata(jpeg);
        return metadata instanceof JpegImageMetadata jpegMetadata && jpegMetadata.getExif() != null;
    }

    /** A PDF's header followed by {@code size} bytes in all: typed as PDF from its first bytes. */
    static byte[] pdf(int size) {
        byte[] bytes = new byte[size];
        new Random(size).nextBytes(bytes);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, header.length);
        return bytes;
    }

    /** A stream that breaks off after {@code bytes} bytes, as a dropped connection does. */
    static InputStream cutOffAfter(byte[] content, int bytes) {
        return new InputStream() {
            private int position;

            @Override
            public int read() throws IOException {
                if (position >= bytes) {
                    throw new IOException("Connection reset");
                }
                return content[position++] & 0xFF;
            }
        };
    }
}
