package org.misconduct.intake.webform;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletResponse;
import org.misconduct.intake.followup.ComplaintFollowUp;
import org.misconduct.intake.followup.FollowUpMessage;
import org.misconduct.intake.followup.FollowUpNotFound;
import org.misconduct.intake.followup.FollowUpView;
import org.misconduct.intake.followup.MessageRequest;
import org.misconduct.web.InvalidRequest;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a complainant sees how their complaint stands and exchanges messages with the intake
 * team. The follow-up code only ever travels in form posts, never in a URL.
 */
@Controller
class FollowUpPageController {

    static final String PATH = "/follow-up";
    static final String FORM = "webform/follow-up-form";
    static final String CASE = "webform/follow-up-case";
    static final String MESSAGES_PATH = PATH + "/messages";
    static final int MESSAGE_MAX_LENGTH = MessageRequest.MAX_LENGTH;

    private static final List<String> FIELDS = List.of("caseReference", "followUpCode");
    private static final List<String> MESSAGE_FIELDS = List.of("text");

    private final ComplaintFollowUp followUp;
    private final MessageSource messages;

    FollowUpPageController(ComplaintFollowUp followUp, MessageSource messages) {
        this.followUp = followUp;
        this.messages = messages;
    }

    @Operation(summary = "The follow-up form: case reference and code", tags = WebPages.OPENAPI_TAG)
    @GetMapping(PATH)
    String form(Locale locale, Model model) {
        return formPage("", new FormErrors(messages, locale, FIELDS), model);
    }

    @Operation(summary = "A complaint's status and messages, for the holder of its follow-up code", tags = WebPages.OPENAPI_TAG)
    @PostMapping(PATH)
    String show(@RequestParam(defaultValue = "") String caseReference, @RequestParam(defaultValue = "") String followUpCode,
                @RequestParam(defaultValue = "false") boolean receipt,
                @RequestParam(name = LanguageSwitch.PARAMETER, required = false) String switchLanguage,
                Locale locale, Model model, HttpServletResponse response) {
        WebPages.doNotStore(response);
        String reference = normalised(caseReference);
        if (switchLanguage != null) {
            // Only a change of language: what was typed comes back, nothing is looked up or judged yet.
            model.addAttribute("followUpCode", followUpCode);
            return formPage(caseReference, new FormErrors(messages, locale, FIELDS), model);
        }
        FormErrors errors = new FormErrors(messages, locale, FIELDS);
        if (reference.isEmpty()) {
            errors.add("caseReference", "error.caseReference.required");
        }
        if (followUpCode.isBlank()) {
            errors.add("followUpCode", "error.followUpCode.required");
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return formPage(reference, errors, model);
        }
        FollowUpView view;
        try {
            view = followUp.view(reference, followUpCode.strip());
        } catch (FollowUpNotFound notFound) {
            return notFound(reference, locale, model, response);
        }
        if (receipt) {
            return ComplaintPageController.receiptPage(view.caseReference(), followUpCode.strip(), view.receivedAt(), locale, model);
        }
        return casePage(view, followUpCode.strip(), new FormErrors(messages, locale, MESSAGE_FIELDS), "", locale, model);
    }

    @Operation(summary = "Sends the complainant's message and shows the thread again", tags = WebPages.OPENAPI_TAG)
    @PostMapping(MESSAGES_PATH)
    String send(@RequestParam(defaultValue = "") String caseReference, @RequestParam(defaultValue = "") String followUpCode,
                @RequestParam(defaultValue = "") String text,
                @RequestParam(name = LanguageSwitch.PARAMETER, required = false) String switchLanguage,
                Locale locale, Model model, HttpServletResponse response) {
        WebPages.doNotStore(response);
        String reference = normalised(caseReference);
        String code = followUpCode.strip();
        FormErrors errors = new FormErrors(messages, locale, MESSAGE_FIELDS);
        if (switchLanguage != null) {
            return draftInAnotherLanguage(reference, code, text, errors, locale, model, response);
        }
        checkMessage(text, errors);
        try {
            if (!errors.any()) {
                sendUnlessJustSent(reference, code, text.strip());
                model.addAttribute("messageSent", true);
            }
            FollowUpView view = followUp.view(reference, code);
            if (errors.any()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                return casePage(view, code, errors, text, locale, model);
            }
            return casePage(view, code, errors, "", locale, model);
        } catch (FollowUpNotFound notFound) {
            return notFound(reference, locale, model, response);
        } catch (InvalidRequest refusal) {
            errors.add("text", "error.message.invalid", MESSAGE_MAX_LENGTH);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return casePage(followUp.view(reference, code), code, errors, text, locale, model);
        }
    }

    /** Only a change of language: the message being written comes back unsent. */
    private String draftInAnotherLanguage(String reference, String code, String draft, FormErrors noErrors,
                                          Locale locale, Model model, HttpServletResponse response) {
        try {
            return casePage(followUp.view(reference, code), code, noErrors, draft, locale, model);
        } catch (FollowUpNotFound notFound) {
            return notFound(reference, locale, model, response);
        }
    }

    /** Reloading the page after sending posts the form again: the same text right after itself is not sent twice. */
    private void sendUnlessJustSent(String reference, String code, String text) {
        List<FollowUpMessage> thread = followUp.view(reference, code).messages();
        FollowUpMessage last = thread.isEmpty() ? null : thread.get(thread.size() - 1);
        boolean justSent = last != null && FollowUpMessage.COMPLAINANT.equals(last.from()) && text.equals(last.text());
        if (!justSent) {
            followUp.sendMessage(reference, code, text);
        }
    }

    /** Someone who reloads or bookmarks a page that answered a post lands on the form, not on an error. */
    @Operation(summary = "Sends a reloaded message address back to the follow-up form", tags = WebPages.OPENAPI_TAG)
    @GetMapping(MESSAGES_PATH)
    String afterMessages(Locale locale) {
        return "redirect:" + PATH + "?lang=" + WebFormLanguages.of(locale).tag();
    }

    private static void checkMessage(String text, FormErrors errors) {
        if (text.isBlank()) {
            errors.add("text", "error.message.required");
        } else if (text.strip().length() > MESSAGE_MAX_LENGTH) {
            errors.add("text", "error.message.tooLong", MESSAGE_MAX_LENGTH);
        }
    }

    private String notFound(String reference, Locale locale, Model model, HttpServletResponse response) {
        // The same answer for an unknown case and a wrong code, so a guess learns nothing.
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("notFound", true);
        return formPage(reference, new FormErrors(messages, locale, FIELDS), model);
    }

    private String formPage(String caseReference, FormErrors errors, Model model) {
        model.addAttribute("caseReference", caseReference);
        model.addAttribute("errors", errors);
        model.addAttribute("languageSwitch", LanguageSwitch.submitting("follow-up", PATH, "submit.followUp"));
        return FORM;
    }

    private String casePage(FollowUpView view, String code, FormErrors errors, String draft, Locale locale, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("followUpCode", code);
        model.addAttribute("receivedAt", PageDates.format(view.receivedAt(), locale));
        model.addAttribute("thread", view.messages().stream()
                .map(message -> new ThreadMessage(message.from(), PageDates.format(message.sentAt(), locale), message.text()))
                .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("draft", draft);
        model.addAttribute("languageSwitch", LanguageSwitch.submitting("send-message", MESSAGES_PATH, "submit.message"));
        return CASE;
    }

    private static String normalised(String caseReference) {
        return caseReference.strip().toUpperCase(Locale.ROOT);
    }

    /** One message of the thread as the page shows it. */
    public record ThreadMessage(String from, String sentAt, String text) {
    }
}
