package org.misconduct.files;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a HEIF {@code meta} box for its metadata items (type {@code Exif}, and {@code mime}, which carries XMP) and
 * where their bytes lie. Bytes kept in the box itself ({@code idat}) are zeroed here; those in the file are returned.
 */
final class HeifItems {

    /** Where an item's bytes lie in the file. */
    record Extent(long offset, long length) {
    }

    private static final Set<String> METADATA = Set.of("Exif", "mime");

    private HeifItems() {
    }

    /** @param meta the {@code meta} box's content, zeroed in place where metadata lies inside it */
    static List<Extent> metadataExtents(byte[] meta) {
        ByteBuffer box = ByteBuffer.wrap(meta);
        box.position(4);
        Set<Long> items = new HashSet<>();
        ByteBuffer locations = null;
        int idat = -1;
        while (box.remaining() >= 8) {
            int start = box.position();
            long size = Integer.toUnsignedLong(box.getInt());
            String type = fourCc(box);
            if (size < 8 || start + size > meta.length) {
                throw malformed();
            }
            ByteBuffer content = ByteBuffer.wrap(meta, start + 8, (int) size - 8).slice();
            switch (type) {
                case "iinf" -> items.addAll(metadataItems(content));
                case "iloc" -> locations = content;
                case "idat" -> idat = start + 8;
                default -> { }
            }
            box.position((int) (start + size));
        }
        return locations == null || items.isEmpty() ? List.of() : extents(locations, items, meta, idat);
    }

    private static Set<Long> metadataItems(ByteBuffer iinf) {
        int version = iinf.get() & 0xFF;
        iinf.position(4);
        long count = version == 0 ? iinf.getShort() & 0xFFFF : Integer.toUnsignedLong(iinf.getInt());
        Set<Long> items = new HashSet<>();
        for (long i = 0; i < count && iinf.remaining() >= 8; i++) {
            int start = iinf.position();
            long size = Integer.toUnsignedLong(iinf.getInt());
            if (size < 8 || start + size > iinf.limit()) {
                throw malformed();
            }
            if (fourCc(iinf).equals("infe")) {
                int infeVersion = iinf.get() & 0xFF;
                iinf.position(start + 12);
                if (infeVersion >= 2) {
                    long id = infeVersion == 2 ? iinf.getShort() & 0xFFFF : Integer.toUnsignedLong(iinf.getInt());
                    iinf.getShort();
                    if (METADATA.contains(fourCc(iinf))) {
                        items.add(id);
                    }
                }
            }
            iinf.position((int) (start + size));
        }
        return items;
    }

    private static List<Extent> extents(ByteBuffer iloc, Set<Long> items, byte[] meta, int idat) {
        int version = iloc.get() & 0xFF;
        iloc.position(4);
        int sizes = iloc.getShort() & 0xFFFF;
        int offsetSize = sizes >> 12;
        int lengthSize = sizes >> 8 & 0xF;
        int baseOffsetSize = sizes >> 4 & 0xF;
        int indexSize = version == 0 ? 0 : sizes & 0xF;
        long count = version < 2 ? iloc.getShort() & 0xFFFF : Integer.toUnsignedLong(iloc.getInt());
        List<Extent> inFile = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            long id = version < 2 ? iloc.getShort() & 0xFFFF : Integer.toUnsignedLong(iloc.getInt());
            int construction = version == 0 ? 0 : iloc.getShort() & 0xF;
            int dataReference = iloc.getShort() & 0xFFFF;
            long base = number(iloc, baseOffsetSize);
            int extentCount = iloc.getShort() & 0xFFFF;
            for (int e = 0; e < extentCount; e++) {
                number(iloc, indexSize);
                long offset = base + number(iloc, offsetSize);
                long length = number(iloc, lengthSize);
                if (!items.contains(id) || dataReference != 0) {
                    continue;
                }
                if (construction == 0 && length > 0) {
                    inFile.add(new Extent(offset, length));
                } else if (construction == 1 && idat >= 0 && idat + offset + length <= meta.length) {
                    Arrays.fill(meta, (int) (idat + offset), (int) (idat + offset + length), (byte) 0);
                } else {
                    throw new UnsupportedFileType("a HEIC picture whose metadata cannot be removed");
                }
            }
        }
        return inFile;
    }

    private static long number(ByteBuffer buffer, int bytes) {
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value = value << 8 | buffer.get() & 0xFF;
        }
        return value;
    }

    private static String fourCc(ByteBuffer buffer) {
        byte[] name = new byte[4];
        buffer.get(name);
        return new String(name, StandardCharsets.ISO_8859_1);
    }

    private static UnsupportedFileType malformed() {
        return new UnsupportedFileType("a malformed image/heic");
    }
}
