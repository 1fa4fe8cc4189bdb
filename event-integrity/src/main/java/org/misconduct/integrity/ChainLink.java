package org.misconduct.integrity;

import java.security.MessageDigest;
import java.util.HexFormat;

/** A SHA-256 link of the event chain. */
public record ChainLink(byte[] bytes) {

    private static final int LENGTH = 32;

    /** The link before the first event. */
    public static final ChainLink START = new ChainLink(new byte[LENGTH]);

    public ChainLink {
        if (bytes == null || bytes.length != LENGTH) {
            throw new IllegalArgumentException("A chain link has 32 bytes");
        }
        bytes = bytes.clone();
    }

    public static ChainLink fromHex(String hex) {
        return new ChainLink(HexFormat.of().parseHex(hex));
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public String hex() {
        return HexFormat.of().formatHex(bytes);
    }

    public boolean sameAs(byte[] other) {
        return MessageDigest.isEqual(bytes, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChainLink link && MessageDigest.isEqual(bytes, link.bytes);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
