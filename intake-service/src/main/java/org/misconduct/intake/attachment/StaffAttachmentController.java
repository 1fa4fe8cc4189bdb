package org.misconduct.intake.attachment;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.domain.NotFound;
import org.misconduct.files.FileDownloads;
import org.misconduct.files.FileStore;
import org.misconduct.files.StoredFile;
import org.misconduct.intake.allegation.RecordAttachmentDownload;
import org.misconduct.intake.followup.AllegationSubjects;
import org.misconduct.personaldata.PersonalDataVault;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Intake officers see a complaint's attachments with their hashes; each download is an event with its purpose. */
@RestController
@Validated
@RequestMapping("/api/v1/allegations/{caseReference}/attachments")
class StaffAttachmentController {

    static final int MAX_PURPOSE = 2000;

    record Attachment(String attachmentId, String sha256, String receivedSha256, boolean metadataRemoved, long size,
                      String contentType, Instant receivedAt) {
    }

    private final FileStore files;
    private final AllegationSubjects subjects;
    private final PersonalDataVault vault;
    private final CommandGateway commands;

    StaffAttachmentController(FileStore files, AllegationSubjects subjects, PersonalDataVault vault, CommandGateway commands) {
        this.files = files;
        this.subjects = subjects;
        this.vault = vault;
        this.commands = commands;
    }

    @Operation(summary = "A complaint's attachments, with the SHA-256 of what was kept and of what was received")
    @GetMapping
    List<Attachment> list(@PathVariable String caseReference) {
        subjects.complainantOf(caseReference).orElseThrow(() -> new NotFound("No allegation " + caseReference));
        return files.filesOf(caseReference).stream()
                .map(file -> new Attachment(file.fileId(), file.sha256(), file.receivedSha256(), file.metadataRemoved(),
                        file.size(), file.contentType(), file.storedAt()))
                .toList();
    }

    @Operation(summary = "Download an attachment", description = "Recorded in the allegation's history (who, when, purpose).")
    @GetMapping("/{attachmentId}/content")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String caseReference, @PathVariable String attachmentId,
                                                   @RequestParam @NotBlank @Size(max = MAX_PURPOSE) String purpose) throws IOException {
        StoredFile file = files.find(caseReference, attachmentId).orElseThrow(() -> new NotFound("No attachment " + attachmentId));
        String caseFile = subjects.narrativeOf(caseReference).orElseThrow(() -> new NotFound("No allegation " + caseReference));
        commands.sendAndWait(new RecordAttachmentDownload(caseReference, attachmentId, vault.seal(caseFile, purpose)));
        return FileDownloads.of(files, file);
    }
}
