package org.misconduct.intake.complaint;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A reused Idempotency-Key, on whichever endpoint registers complaints: public or staff. */
@RestControllerAdvice
class IdempotencyKeyProblems {

    @ExceptionHandler(IdempotencyKeyReused.class)
    ResponseEntity<ProblemDetail> keyReused(IdempotencyKeyReused failure) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, failure.getMessage());
        problem.setTitle("Idempotency-Key reused");
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
