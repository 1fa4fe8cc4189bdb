package org.misconduct.domain;

/** The addressed item does not exist, or the caller may not learn that it does; the web edge answers it as a 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
