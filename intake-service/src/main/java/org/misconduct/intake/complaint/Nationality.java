package org.misconduct.intake.complaint;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** An ISO 3166-1 alpha-3 country code, or one of the user-assigned codes XAA..XZZ used by exercises and test data. */
@Documented
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = Nationality.Validator.class)
public @interface Nationality {

    String message() default "must be an ISO 3166-1 alpha-3 code";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Nationality, String> {

        private static final Set<String> CODES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null || CODES.contains(code) || code.matches("X[A-Z]{2}");
        }
    }
}
