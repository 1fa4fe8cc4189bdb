package org.misconduct.intake.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.misconduct.files.StoredFile;
import org.misconduct.intake.followup.ComplaintFollowUp;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The complainant adds a file to their complaint with the case reference and the follow-up code. */
@RestController
class AttachmentController {

    record AttachmentReceipt(String attachmentId, String sha256, long size, String contentType) {
    }

    private final ComplaintFollowUp followUp;
    private final ComplaintAttachments attachments;

    AttachmentController(ComplaintFollowUp followUp, ComplaintAttachments attachments) {
        this.followUp = followUp;
        this.attachments = attachments;
    }

    @Operation(summary = "Attach a file to a complaint", description = "Multipart part `file`, header `Follow-Up-Code`. "
            + "`sha256` is the hash of the bytes received; image metadata (such as a GPS position) is removed before the "
            + "file is sealed under the complainant's key.")
    @ApiResponse(responseCode = "201", description = "Received")
    @ApiResponse(responseCode = "404", description = "Unknown reference or wrong code")
    @ApiResponse(responseCode = "413", description = "Larger than misconduct.files.max-size; nothing kept")
    @ApiResponse(responseCode = "415", description = "A type not accepted; nothing kept")
    @PostMapping(path = "/api/v1/complaints/{caseReference}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentReceipt> attach(@PathVariable String caseReference, @RequestHeader("Follow-Up-Code") String followUpCode,
                                             @RequestPart("file") MultipartFile file) throws IOException {
        followUp.requireAccess(caseReference, followUpCode);
        StoredFile stored;
        try (InputStream content = file.getInputStream()) {
            stored = attachments.attach(caseReference, content);
        }
        return ResponseEntity.created(URI.create("/api/v1/complaints/" + caseReference))
                .header("Cache-Control", "no-store")
                .body(new AttachmentReceipt(stored.fileId(), stored.receivedSha256(), stored.size(), stored.contentType()));
    }
}
