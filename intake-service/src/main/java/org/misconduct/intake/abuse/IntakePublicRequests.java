package org.misconduct.intake.abuse;

import java.util.Optional;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import org.misconduct.intake.webform.LanguageSwitch;
import org.misconduct.web.abuse.PublicRequests;
import org.misconduct.web.abuse.RateLimit;
import org.springframework.stereotype.Component;

/**
 * Intake's public requests, by what they cost: submissions store a complaint, follow-ups check a code. Any
 * request that names a complaint or posts to a follow-up page checks a code, whatever its parameters, so every
 * one of them counts.
 */
@Component
class IntakePublicRequests implements PublicRequests {

    private static final String API_COMPLAINTS = "/api/v1/complaints";
    private static final String COMPLAINT_FORM = "/complaints";
    private static final String FOLLOW_UP_FORM = "/follow-up";
    private static final String FOLLOW_UP_MESSAGES = "/follow-up/messages";

    private final RateLimit submissions;
    private final RateLimit followUps;

    private final long maxUploadBytes;

    IntakePublicRequests(PublicEndpointLimits limits, MultipartConfigElement uploads) {
        this.submissions = new RateLimit("submissions", limits.submissions());
        this.followUps = new RateLimit("follow-ups", limits.followUps());
        this.maxUploadBytes = uploads.getMaxRequestSize();
    }

    /** A complaint sent with a file, and a file sent afterwards, may be as large as the file limit allows. */
    @Override
    public long maxRequestBytes(HttpServletRequest request, long standardMaxBytes) {
        String contentType = request.getContentType();
        boolean upload = "POST".equals(request.getMethod()) && contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data");
        String path = pathOf(request);
        boolean carriesFiles = path.equals(COMPLAINT_FORM) || path.startsWith(API_COMPLAINTS + "/") && path.endsWith("/attachments");
        return upload && carriesFiles ? Math.max(maxUploadBytes, standardMaxBytes) : standardMaxBytes;
    }

    @Override
    public Optional<RateLimit> limitOf(HttpServletRequest request) {
        String path = pathOf(request);
        if (path.startsWith(API_COMPLAINTS + "/")) {
            return Optional.of(followUps);
        }
        if (!"POST".equals(request.getMethod())) {
            return Optional.empty();
        }
        if (path.equals(API_COMPLAINTS) || path.equals(COMPLAINT_FORM)) {
            return Optional.of(submissions);
        }
        if (path.equals(FOLLOW_UP_FORM) || path.equals(FOLLOW_UP_MESSAGES)) {
            return Optional.of(followUps);
        }
        return Optional.empty();
    }

    /**
     * Redrawing the complaint form in another language registers nothing and checks nothing, so it does not take
     * from the allowance the person needs to send it. No follow-up request is free: each checks a code.
     */
    @Override
    public boolean spendsAllowance(HttpServletRequest request, RateLimit limit) {
        boolean redrawsComplaintForm = limit == submissions && pathOf(request).equals(COMPLAINT_FORM)
                && request.getParameter(LanguageSwitch.PARAMETER) != null;
        return !redrawsComplaintForm;
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
