package org.misconduct.intake.webform;

import java.util.Map;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.misconduct.intake.complaint.ComplaintSubmission;
import org.misconduct.web.InvalidRequest;
import org.springframework.stereotype.Component;

/**
 * Turns what the intake rejects into messages a person can act on, in their language: the bean
 * validation of the submission before anything is sent, and the intake's own refusals after.
 */
@Component
class ComplaintFormChecks {

    private final Validator validator;

    ComplaintFormChecks(Validator validator) {
        this.validator = validator;
    }

    void validate(ComplaintSubmission submission, FormErrors errors) {
        for (ConstraintViolation<ComplaintSubmission> violation : validator.validate(submission)) {
            String field = fieldOf(violation.getPropertyPath());
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
            switch (constraint) {
                case "NotBlank", "NotNull" -> errors.add(field, "error." + field + ".required");
                case "Size" -> sizeError(field, attributes, errors);
                case "PastOrPresent" -> errors.add(field, "error.incidentDate.future");
                case "Min", "Max" -> errors.add(field, "error.victimCount");
                default -> errors.add(field, "error.choice");
            }
        }
    }

    void refused(InvalidRequest refusal, FormErrors errors) {
        refusal.errors().forEach(problem -> {
            switch (problem.field()) {
                case "mission" -> errors.add("mission", "error.mission.unknown");
                case "allegedNationality" -> errors.add("allegedNationality", "error.choice");
                default -> errors.add(ComplaintForm.FIELDS.contains(problem.field()) ? problem.field() : "form", "error.general");
            }
        });
    }

    private static void sizeError(String field, Map<String, Object> attributes, FormErrors errors) {
        if ("description".equals(field)) {
            errors.add(field, "error.description.length", attributes.get("min"), attributes.get("max"));
        } else {
            errors.add(field, "error.tooLong", attributes.get("max"));
        }
    }

    private static String fieldOf(Path path) {
        String field = null;
        for (Path.Node node : path) {
            field = node.getName();
        }
        return field;
    }
}
