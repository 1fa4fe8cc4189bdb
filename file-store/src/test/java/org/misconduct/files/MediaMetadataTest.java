package org.misconduct.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class MediaMetadataTest {

    private static final byte[] POSITION = "GPS 18.5582 N 4.3947 E, home of the complainant".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPngLosesItsExifTextAndTimeButKeepsEveryPixel() throws IOException {
        BufferedImage picture = picture();
        byte[] png = withChunksAfterHeader(png(picture), chunk("eXIf", POSITION), chunk("tEXt", bytes("Comment\0", POSITION)),
                chunk("iTXt", bytes("XML:com.adobe.xmp\0\0\0\0\0", POSITION)), chunk("tIME", new byte[7]),
                chunk("gAMA", new byte[] {0, 0, (byte) 0xB1, (byte) 0x8F}));

        byte[] kept = strip(MediaMetadata.of(org.apache.tika.mime.MediaType.image("png")).orElseThrow(), png);

        assertThat(indexOf(kept, POSITION)).isNegative();
        assertThat(indexOf(kept, "tIME".getBytes(StandardCharsets.US_ASCII))).isNegative();
        assertThat(indexOf(kept, "gAMA".getBytes(StandardCharsets.US_ASCII))).isPositive();
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(kept));
        assertThat(read.getRGB(3, 5)).isEqualTo(picture.getRGB(3, 5));
        assertThat(read.getRGB(15, 15)).isEqualTo(picture.getRGB(15, 15));
    }

    @Test
    void aPngWithoutMetadataComesThroughByteForByte() throws IOException {
        byte[] png = png(picture());

        assertThat(strip(PngMetadata::strip, png)).isEqualTo(png);
    }

    @Test
    void aWebpLosesItsExifAndXmpInPlaceAndNoLongerAnnouncesThem() throws IOException {
        byte[] image = {0x2F, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06};
        byte[] webp = riff(chunk32("VP8X", new byte[] {0x0C | 0x10, 0, 0, 0, 0, 0, 0, 0, 0, 0}), chunk32("VP8L", image),
                chunk32("EXIF", POSITION), chunk32("XMP ", POSITION));

        byte[] kept = strip(MediaMetadata.of(org.apache.tika.mime.MediaType.image("webp")).orElseThrow(), webp);

        assertThat(kept).hasSameSizeAs(webp);
        assertThat(indexOf(kept, POSITION)).isNegative();
        assertThat(indexOf(kept, "EXIF".getBytes(StandardCharsets.US_ASCII))).isNegative();
        assertThat(kept[20] & 0xFF).isEqualTo(0x10);
        assertThat(indexOf(kept, image)).isPositive();
    }

    @Test
    void aVideoLosesWhereAndWithWhatItWasFilmedWithEveryOffsetUnchanged() throws IOException {
        byte[] media = "frames of the video, byte for byte".getBytes(StandardCharsets.US_ASCII);
        byte[] trackHeader = box("tkhd", new byte[84]);
        byte[] movie = box("moov", box("mvhd", new byte[100]),
                box("trak", trackHeader, box("udta", box("\u00A9xyz", POSITION))),
                box("udta", box("\u00A9xyz", POSITION), box("\u00A9mak", "the phone's maker".getBytes(StandardCharsets.US_ASCII))),
                box("meta", box("keys", "com.apple.quicktime.location.ISO6709".getBytes(StandardCharsets.US_ASCII)),
                        box("ilst", POSITION)));
        byte[] video = concat(box("ftyp", "qt  \0\0\0\0qt  ".getBytes(StandardCharsets.ISO_8859_1)), movie,
                box("uuid", POSITION), box("mdat", media));

        byte[] kept = strip(MediaMetadata.of(org.apache.tika.mime.MediaType.video("quicktime")).orElseThrow(), video);

        assertThat(kept).hasSameSizeAs(video);
        assertThat(indexOf(kept, POSITION)).isNegative();
        assertThat(indexOf(kept, "location".getBytes(StandardCharsets.US_ASCII))).isNegative();
        assertThat(indexOf(kept, "maker".getBytes(StandardCharsets.US_ASCII))).isNegative();
        assertThat(indexOf(kept, trackHeader)).isEqualTo(indexOf(video, trackHeader));
        assertThat(indexOf(kept, box("mdat", media))).isEqualTo(indexOf(video, box("mdat", media)));
        assertThat(MediaMetadata.of(org.apache.tika.mime.MediaType.video("mp4"))).isPresent();
        assertThat(MediaMetadata.of(org.apache.tika.mime.MediaType.audio("mp4"))).isPresent();
    }

    @Test
    void aHeicPictureLosesItsExifWhereItLiesAndKeepsItsPictureAndIndex() throws IOException {
        byte[] picture = "coded picture, byte for byte".getBytes(StandardCharsets.US_ASCII);
        byte[] exif = concat(new byte[] {0, 0, 0, 6}, "Exif\0\0MM\0*".getBytes(StandardCharsets.ISO_8859_1), POSITION);
        byte[] heic = heic(picture, exif, 0, 0);
        int pictureAt = indexOf(heic, picture);
        heic = heic(picture, exif, pictureAt, pictureAt + picture.length);

        byte[] kept = strip(MediaMetadata.of(org.apache.tika.mime.MediaType.image("heic")).orElseThrow(), heic);

        assertThat(kept).hasSameSizeAs(heic);
        assertThat(indexOf(kept, POSITION)).isNegative();
        assertThat(indexOf(kept, picture)).isEqualTo(pictureAt);
        assertThat(Arrays.copyOf(kept, pictureAt)).isEqualTo(Arrays.copyOf(heic, pictureAt));
    }

    @Test
    void aHeicPictureWhoseExifLiesBeforeItsIndexIsRefused() throws IOException {
        byte[] heic = heic("picture".getBytes(StandardCharsets.US_ASCII), POSITION, 0, 8);

        assertThatThrownBy(() -> strip(HeifMetadata::strip, heic)).isInstanceOf(UnsupportedFileType.class);
    }

    @Test
    void aVideoCutInsideABoxIsRefused() {
        byte[] video = box("mdat", new byte[64]);

        assertThatThrownBy(() -> strip(VideoMetadata::strip, Arrays.copyOf(video, 40))).isInstanceOf(IOException.class);
    }

    @Test
    void aFileThatIsNotThePngItClaimsIsRefused() {
        assertThatThrownBy(() -> strip(PngMetadata::strip, "GIF89a not a png".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(UnsupportedFileType.class);
    }

    private static byte[] strip(MediaMetadata.Stripping stripping, byte[] image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        stripping.strip(new ByteArrayInputStream(image), out);
        return out.toByteArray();
    }

    private static BufferedImage picture() {
        BufferedImage picture = new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 20; x++) {
            for (int y = 0; y < 20; y++) {
                picture.setRGB(x, y, x * 12 << 16 | y * 12 << 8 | 0x40);
            }
        }
        return picture;
    }

    private static byte[] png(BufferedImage picture) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", out);
        return out.toByteArray();
    }

    /** The PNG with the given chunks after its header chunk (8 bytes of signature, then IHDR's 25). */
    private static byte[] withChunksAfterHeader(byte[] png, byte[]... chunks) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        for (byte[] chunk : chunks) {
            out.write(chunk);
        }
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    private static byte[] chunk(String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(name).put(data).putInt((int) crc.getValue()).array();
    }

    private static byte[] chunk32(String type, byte[] data) {
        int padded = data.length + (data.length & 1);
        return ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN).put(type.getBytes(StandardCharsets.US_ASCII))
                .putInt(data.length).put(data).array();
    }

    private static byte[] box(String type, byte[]... children) {
        byte[] content = concat(children);
        return ByteBuffer.allocate(8 + content.length).putInt(8 + content.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1)).put(content).array();
    }

    /** A HEIC with a picture item (1) and an Exif item (2) in its media data, at the offsets given. */
    private static byte[] heic(byte[] picture, byte[] exif, int pictureAt, int exifAt) {
        byte[] itemInfo = fullBox("iinf", 0, ByteBuffer.allocate(2).putShort((short) 2).array(),
                fullBox("infe", 2, ByteBuffer.allocate(8).putShort((short) 1).putShort((short) 0).put(bytes("hvc1", new byte[0])).array()),
                fullBox("infe", 2, ByteBuffer.allocate(8).putShort((short) 2).putShort((short) 0).put(bytes("Exif", new byte[0])).array()));
        byte[] locations = fullBox("iloc", 1, ByteBuffer.allocate(4 + 2 * 16).putShort((short) 0x4400).putShort((short) 2)
                .putShort((short) 1).putShort((short) 0).putShort((short) 0).putShort((short) 1).putInt(pictureAt).putInt(picture.length)
                .putShort((short) 2).putShort((short) 0).putShort((short) 0).putShort((short) 1).putInt(exifAt).putInt(exif.length)
                .array());
        return concat(box("ftyp", "heic\0\0\0\0mif1heic".getBytes(StandardCharsets.ISO_8859_1)),
                fullBox("meta", 0, box("hdlr", new byte[24]), itemInfo, locations), box("mdat", picture, exif));
    }

    private static byte[] fullBox(String type, int version, byte[]... children) {
        return box(type, concat(new byte[] {(byte) version, 0, 0, 0}, concat(children)));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] riff(byte[]... chunks) {
        int size = 4 + Arrays.stream(chunks).mapToInt(chunk -> chunk.length).sum();
        ByteBuffer riff = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN)
                .put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(size).put("WEBP".getBytes(StandardCharsets.US_ASCII));
        for (byte[] chunk : chunks) {
            riff.put(chunk);
        }
        return riff.array();
    }

    private static byte[] bytes(String prefix, byte[] rest) {
        byte[] start = prefix.getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = Arrays.copyOf(start, start.length + rest.length);
        System.arraycopy(rest, 0, all, start.length, rest.length);
        return all;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
