package org.misconduct.files;

/**
 * A file about to be received.
 *
 * @param container           what the file belongs to (a case reference)
 * @param owner               whose personal-data key seals the file's own key: the complainant's for what they send,
 *                            the case file's for evidence; erasing the owner makes the file unopenable
 * @param stripMetadata       whether photographs, videos and voice notes lose the metadata that may identify or locate
 *                            whoever made them
 */
public record NewFile(String container, String owner, boolean stripMetadata) {
}
