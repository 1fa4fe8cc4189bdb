package org.misconduct.victimassistance.registry;

import java.util.List;

import org.misconduct.web.ApiProblems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** An unknown case reference as problem+json 422, naming the field like any other invalid request. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnknownCaseProblem {

    @ExceptionHandler(UnknownCase.class)
    ResponseEntity<ProblemDetail> unknownCase(UnknownCase failure) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, failure.getMessage());
        problem.setTitle("Unknown case");
        problem.setProperty("errors", List.of(new ApiProblems.FieldProblem("caseReference",
                "is not a case known to victim assistance; intake must register it first")));
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
