package org.misconduct.investigation.screening.bulk;

import java.io.IOException;

/** An upload went past the most bytes read; it is refused with 413 and nothing is stored. */
class UploadTooLarge extends IOException {

    UploadTooLarge(long maxBytes) {
        super("The upload is larger than " + maxBytes + " bytes.");
    }
}
