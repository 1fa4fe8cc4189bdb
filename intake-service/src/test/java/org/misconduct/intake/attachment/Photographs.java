package org.misconduct.intake.attachment;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Photographs as a phone takes them: with the place (GPS) and the device in their EXIF metadata. */
final class Photographs {

    private Photographs() {
    }

    static byte[] withGpsPosition() throws IOException {
        BufferedImage image = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
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
}
