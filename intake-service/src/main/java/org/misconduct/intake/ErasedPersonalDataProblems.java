package org.misconduct.intake;

import org.misconduct.personaldata.PersonalDataVault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Nothing more can be sealed for a complainant whose key was destroyed. */
@RestControllerAdvice
class ErasedPersonalDataProblems {

    @ExceptionHandler(PersonalDataVault.SubjectErased.class)
    ResponseEntity<ProblemDetail> erased(PersonalDataVault.SubjectErased failure) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "The complainant's personal data was erased; nothing more can be recorded for them.");
        problem.setTitle("Personal data erased");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }
}
