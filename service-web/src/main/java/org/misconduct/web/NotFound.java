package org.misconduct.web;

/** The addressed resource does not exist, or the caller may not learn that it does (a 404). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
