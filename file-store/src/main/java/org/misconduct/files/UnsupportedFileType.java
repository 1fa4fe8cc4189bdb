package org.misconduct.files;

/** The file's bytes are of a type the service does not accept. */
public class UnsupportedFileType extends RuntimeException {

    UnsupportedFileType(String detectedType) {
        super("Files of type " + detectedType + " are not accepted; nothing was kept.");
    }
}
