package org.misconduct.intake.webform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;

/**
 * The errors of one form, already in the reader's language: one message per field (the first
 * found), listed in the order the fields appear on the page for the summary at its top.
 */
public final class FormErrors {

    public record FieldMessage(String field, String message) {
    }

    private final MessageSource messages;
    private final Locale locale;
    private final List<String> fieldOrder;
    private final Map<String, String> byField = new LinkedHashMap<>();

    FormErrors(MessageSource messages, Locale locale, List<String> fieldOrder) {
        this.messages = messages;
        this.locale = locale;
        this.fieldOrder = List.copyOf(fieldOrder);
    }

    void add(String field, String code, Object... arguments) {
        byField.putIfAbsent(field, messages.getMessage(code, arguments, locale));
    }

    public boolean any() {
        return !byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String of(String field) {
        return byField.get(field);
    }

    /** For the summary: each message with the field it belongs to, in page order. */
    public List<FieldMessage> all() {
        List<FieldMessage> all = new ArrayList<>();
        byField.forEach((field, message) -> all.add(new FieldMessage(field, message)));
        all.sort(Comparator.comparingInt(error -> position(error.field())));
        return all;
    }

    private int position(String field) {
        int index = fieldOrder.indexOf(field);
        return index < 0 ? fieldOrder.size() : index;
    }
}
