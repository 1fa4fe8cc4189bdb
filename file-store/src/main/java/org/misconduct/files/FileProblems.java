package org.misconduct.files;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** A refused file as problem+json: too large 413, of a type not accepted 415, erased with its owner 410. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class FileProblems {

    @ExceptionHandler({FileTooLarge.class, MaxUploadSizeExceededException.class})
    ResponseEntity<ProblemDetail> tooLarge(Exception failure) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "File too large",
                failure instanceof FileTooLarge ? failure.getMessage() : "The file is larger than the service accepts; nothing was kept.");
    }

    @ExceptionHandler(UnsupportedFileType.class)
    ResponseEntity<ProblemDetail> unsupported(UnsupportedFileType failure) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "File type not accepted", failure.getMessage());
    }

    @ExceptionHandler(FileUnreadable.class)
    ResponseEntity<ProblemDetail> erased(FileUnreadable failure) {
        return problem(HttpStatus.GONE, "File erased", "The file was erased with its owner's personal data.");
    }

    /** A multipart body that breaks off or is malformed: nothing reached the store. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadable(MultipartException failure) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", "The upload is incomplete or malformed; nothing was kept.");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return ResponseEntity.status(status).body(problem);
    }
}
