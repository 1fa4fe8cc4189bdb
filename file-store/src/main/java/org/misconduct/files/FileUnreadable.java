package org.misconduct.files;

/** The key that opened the file was destroyed with its owner's personal data: the file cannot be opened any more. */
public class FileUnreadable extends RuntimeException {

    FileUnreadable(String fileId) {
        super("File " + fileId + " was erased with its owner's personal data");
    }
}
