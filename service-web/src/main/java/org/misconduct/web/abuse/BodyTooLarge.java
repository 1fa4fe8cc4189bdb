package org.misconduct.web.abuse;

import java.io.IOException;

/** A public request's body, sent without a length, went past the limit while it was being read. */
public class BodyTooLarge extends IOException {

    private final long maxBytes;

    BodyTooLarge(long maxBytes) {
        super("The request is larger than " + maxBytes + " bytes.");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
