package org.misconduct.web;

import java.util.List;

/** A request that passed bean validation but breaks a rule that needs more context (a 400 with field errors). */
public class InvalidRequest extends RuntimeException {

    private final transient List<ApiProblems.FieldProblem> errors;

    public InvalidRequest(String field, String message) {
        this(List.of(new ApiProblems.FieldProblem(field, message)));
    }

    public InvalidRequest(List<ApiProblems.FieldProblem> errors) {
        super("Invalid request");
        this.errors = List.copyOf(errors);
    }

    public List<ApiProblems.FieldProblem> errors() {
        return errors;
    }
}
