package org.misconduct.investigation.narrative;

/** What requests to a case may carry: narrative up to a long page, names of staff and custodians, SHA-256 digests. */
public final class TextLimits {

    public static final int NARRATIVE = 20_000;
    public static final int NAME = 255;
    public static final String SHA256 = "[0-9a-fA-F]{64}";
    public static final String SHA256_FORM = "must be 64 hexadecimal digits";

    private TextLimits() {
    }
}
