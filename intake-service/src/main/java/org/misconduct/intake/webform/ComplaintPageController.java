package org.misconduct.intake.webform;

import java.io.IOException;
import java.io.InputStream;

import org.misconduct.files.FileStoreProperties;
import org.misconduct.files.FileTooLarge;
import org.misconduct.files.UnsupportedFileType;
import org.misconduct.intake.attachment.ComplaintAttachments;
import org.springframework.web.multipart.MultipartFile;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.intake.complaint.ComplaintIntake;
import org.misconduct.intake.complaint.ComplaintReceipt;
import org.misconduct.intake.complaint.ComplaintSubmission;
import org.misconduct.intake.complaint.IntakeProperties;
import org.misconduct.web.InvalidRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The complaint form for the public: a plain HTML form, anonymous unless the person chooses otherwise. */
@Controller
class ComplaintPageController {

    static final String FORM = "webform/complaint-form";
    static final String RECEIPT = "webform/complaint-receipt";
    static final String FORM_ID = "complaint";
    static final String SUBMIT_PATH = "/complaints";

    private final ComplaintIntake intake;
    private final ComplaintFormChecks checks;
    private final IntakeProperties properties;
    private final MessageSource messages;
    private final ComplaintAttachments attachments;
    private final FileStoreProperties files;

    ComplaintPageController(ComplaintIntake intake, ComplaintFormChecks checks, IntakeProperties properties,
                            MessageSource messages, ComplaintAttachments attachments, FileStoreProperties files) {
        this.intake = intake;
        this.checks = checks;
        this.properties = properties;
        this.messages = messages;
        this.attachments = attachments;
        this.files = files;
    }

    @Operation(summary = "The complaint form, in the language of ?lang= or Accept-Language", tags = WebPages.OPENAPI_TAG)
    @GetMapping("/")
    String form(Locale locale, Model model) {
        // A new token per rendered form: posting the same form twice registers one complaint.
        return formPage(ComplaintForm.blank(UUID.randomUUID().toString()), errors(locale), locale, model);
    }

    @Operation(summary = "Registers a complaint typed into the form and shows its receipt with the follow-up code, once", tags = WebPages.OPENAPI_TAG)
    @PostMapping(SUBMIT_PATH)
    String submit(@ModelAttribute("form") ComplaintForm form, Locale locale, Model model, HttpServletResponse response,
                  @RequestParam(name = LanguageSwitch.PARAMETER, required = false) String switchLanguage,
                  @RequestParam(name = "attachment", required = false) MultipartFile attachment) throws IOException {
        WebPages.doNotStore(response);
        if (switchLanguage != null) {
            // Only a change of language: everything typed comes back, nothing is registered or judged yet.
            return formPage(form, errors(locale), locale, model);
        }
        FormErrors errors = errors(locale);
        ComplaintSubmission submission = form.toSubmission(WebFormLanguages.of(locale).tag(), errors);
        checks.validate(submission, errors);
        if (errors.any()) {
            return refused(form, errors, locale, model, response);
        }
        ComplaintReceipt receipt;
        try {
            receipt = intake.submit(submission, form.idempotencyKey(submission));
        } catch (InvalidRequest refusal) {
            checks.refused(refusal, errors);
            return refused(form, errors, locale, model, response);
        }
        model.addAttribute("attachment", attach(receipt.caseReference(), attachment));
        return receiptPage(receipt.caseReference(), receipt.followUpCode(), receipt.receivedAt(), locale, model);
    }

    /**
     * The complaint is registered first: a file that is refused never costs the person their complaint, and the
     * receipt tells them the file was not kept.
     */
    private String attach(String caseReference, MultipartFile attachment) throws IOException {
        if (attachment == null || attachment.isEmpty()) {
            return "none";
        }
        try (InputStream content = attachment.getInputStream()) {
            attachments.attach(caseReference, content);
            return "kept";
        } catch (FileTooLarge | UnsupportedFileType refused) {
            return "refused";
        }
    }

    /** Someone who reloads or bookmarks the receipt's address lands on a new form, not on an error. */
    @Operation(summary = "Sends a reloaded receipt address back to a new form", tags = WebPages.OPENAPI_TAG)
    @GetMapping("/complaints")
    String afterSubmission(Locale locale) {
        return "redirect:/?lang=" + WebFormLanguages.of(locale).tag();
    }

    /** The receipt, also shown again in another language when the person switches language on it. */
    static String receiptPage(String caseReference, String followUpCode, Instant receivedAt, Locale locale, Model model) {
        model.addAttribute("caseReference", caseReference);
        model.addAttribute("followUpCode", followUpCode);
        model.addAttribute("receivedAt", PageDates.format(receivedAt, locale));
        model.addAttribute("languageSwitch", LanguageSwitch.posting(FollowUpPageController.PATH, Map.of(
                "caseReference", caseReference, "followUpCode", followUpCode, "receipt", "true")));
        return RECEIPT;
    }

    private String refused(ComplaintForm form, FormErrors errors, Locale locale, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return formPage(form, errors, locale, model);
    }

    private String formPage(ComplaintForm form, FormErrors errors, Locale locale, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("missions", properties.missions());
        model.addAttribute("maxAttachmentMegabytes", files.maxSize().toMegabytes());
        model.addAttribute("personnelCategories", Arrays.stream(PersonnelCategory.values()).map(Enum::name).toList());
        model.addAttribute("nationalities", NationalityOptions.in(locale));
        model.addAttribute("languageSwitch", LanguageSwitch.submitting(FORM_ID, SUBMIT_PATH, "submit.complaint"));
        return FORM;
    }

    private FormErrors errors(Locale locale) {
        return new FormErrors(messages, locale, ComplaintForm.FIELDS);
    }
}
