package org.misconduct.intake.webform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.intake.complaint.ComplaintSubmission;

/**
 * The complaint form as posted: every field is text, so whatever a browser sends can be shown
 * back to the person with a message instead of failing the request.
 */
public class ComplaintForm {

    /** Field names in the order the page shows them. */
    static final List<String> FIELDS = List.of(
            "mission", "description", "incidentDate", "location", "personnelCategory", "allegedNationality",
            "victimCount", "minorInvolved", "name", "contact", "isVictim");

    static final String YES = "yes";
    static final String NO = "no";
    static final String UNKNOWN = "unknown";

    private String mission;
    private String description;
    private String incidentDate;
    private String location;
    private String personnelCategory;
    private String allegedNationality;
    private String victimCount;
    private String minorInvolved;
    private String name;
    private String contact;
    private String isVictim;
    private String formToken;

    static ComplaintForm blank(String formToken) {
        ComplaintForm form = new ComplaintForm();
        form.setFormToken(formToken);
        return form;
    }

    /**
     * The submission this form describes; what cannot even be read is reported in {@code errors}. It names no
     * channel: a complaint the public submits is received by the web, whatever a posted form might claim.
     */
    ComplaintSubmission toSubmission(String language, FormErrors errors) {
        Boolean victim = answer("isVictim", isVictim, errors);
        String complainantName = text(name);
        String complainantContact = text(contact);
        ComplaintSubmission.Complainant complainant = complainantName == null && complainantContact == null && victim == null
                ? null
                : new ComplaintSubmission.Complainant(complainantName, complainantContact, victim);
        return new ComplaintSubmission(
                text(mission), text(description), language, null,
                date(errors), text(location), category(errors), text(allegedNationality),
                count(errors), answer("minorInvolved", minorInvolved, errors), complainant);
    }

    private LocalDate date(FormErrors errors) {
        String value = text(incidentDate);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException unreadable) {
            errors.add("incidentDate", "error.incidentDate.format");
            return null;
        }
    }

    private PersonnelCategory category(FormErrors errors) {
        String value = text(personnelCategory);
        if (value == null) {
            return null;
        }
        try {
            return PersonnelCategory.valueOf(value);
        } catch (IllegalArgumentException unknown) {
            errors.add("personnelCategory", "error.choice");
            return null;
        }
    }

    private Integer count(FormErrors errors) {
        String value = text(victimCount);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException unreadable) {
            errors.add("victimCount", "error.victimCount");
            return null;
        }
    }

    private static Boolean answer(String field, String value, FormErrors errors) {
        String answer = text(value);
        if (answer == null || UNKNOWN.equals(answer)) {
            return null;
        }
        return switch (answer) {
            case YES -> Boolean.TRUE;
            case NO -> Boolean.FALSE;
            default -> {
                errors.add(field, "error.choice");
                yield null;
            }
        };
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The idempotency key of a submission: the token the form was rendered with, plus a digest of
     * what it says. The same form posted twice registers once; a form sent, then changed and sent
     * again (back button), is a new complaint rather than a clash over a used key.
     */
    String idempotencyKey(ComplaintSubmission submission) {
        String token = text(formToken);
        if (token == null || !token.matches("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}")) {
            return null;
        }
        return "webform:" + token.toLowerCase(Locale.ROOT) + ":" + digest(submission.toString());
    }

    private static String digest(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }

    public String getMission() {
        return mission;
    }

    public void setMission(String mission) {
        this.mission = mission;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getIncidentDate() {
        return incidentDate;
    }

    public void setIncidentDate(String incidentDate) {
        this.incidentDate = incidentDate;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getPersonnelCategory() {
        return personnelCategory;
    }

    public void setPersonnelCategory(String personnelCategory) {
        this.personnelCategory = personnelCategory;
    }

    public String getAllegedNationality() {
        return allegedNationality;
    }

    public void setAllegedNationality(String allegedNationality) {
        this.allegedNationality = allegedNationality;
    }

    public String getVictimCount() {
        return victimCount;
    }

    public void setVictimCount(String victimCount) {
        this.victimCount = victimCount;
    }

    public String getMinorInvolved() {
        return minorInvolved;
    }

    public void setMinorInvolved(String minorInvolved) {
        this.minorInvolved = minorInvolved;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getIsVictim() {
        return isVictim;
    }

    public void setIsVictim(String isVictim) {
        this.isVictim = isVictim;
    }

    public String getFormToken() {
        return formToken;
    }

    public void setFormToken(String formToken) {
        this.formToken = formToken;
    }
}
