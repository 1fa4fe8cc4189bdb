package org.misconduct.files;

import java.io.IOException;

/** The file went past the size the deployment accepts while it was being received. */
public class FileTooLarge extends IOException {

    FileTooLarge(long maxBytes) {
        super("The file is larger than " + maxBytes + " bytes; nothing was kept.");
    }
}
