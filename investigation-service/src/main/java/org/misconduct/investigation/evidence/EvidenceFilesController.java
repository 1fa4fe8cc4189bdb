package org.misconduct.investigation.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.domain.NotFound;
import org.misconduct.files.FileDownloads;
import org.misconduct.files.FileStore;
import org.misconduct.files.NewFile;
import org.misconduct.files.StoredFile;
import org.misconduct.investigation.narrative.CaseNarratives;
import org.misconduct.investigation.narrative.TextLimits;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Files of an evidence item: received as a stream, hashed by the server, sealed under the case file's key and chained
 * into the item's custody. Every download is recorded in the case's history with who, when and why.
 */
@RestController
@Validated
@RequestMapping("/api/v1/cases/{caseReference}/evidence/{evidenceId}/files")
class EvidenceFilesController {

    record FileReceipt(String fileId, String sha256, long size, String contentType) {
    }

    private final FileStore files;
    private final CommandGateway commands;
    private final CaseNarratives narratives;

    EvidenceFilesController(FileStore files, CommandGateway commands, CaseNarratives narratives) {
        this.files = files;
        this.commands = commands;
        this.narratives = narratives;
    }

    @Operation(summary = "Store a file of an evidence item", description = "Multipart part `file`. The server hashes "
            + "(SHA-256) and seals the bytes as they arrive; the type is told from the bytes.")
    @ApiResponse(responseCode = "201", description = "Stored and chained into the item's custody")
    @ApiResponse(responseCode = "413", description = "Larger than misconduct.files.max-size; nothing kept")
    @ApiResponse(responseCode = "415", description = "A type the service does not accept; nothing kept")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<FileReceipt> upload(@PathVariable String caseReference, @PathVariable String evidenceId,
                                       @RequestPart("file") MultipartFile file) throws IOException {
        StoredFile stored;
        try (InputStream content = file.getInputStream()) {
            stored = files.store(new NewFile(caseReference, CaseNarratives.subjectOf(caseReference), false), content,
                    received -> commands.sendAndWait(new AttachEvidenceFile(caseReference, evidenceId, received.fileId(),
                            received.sha256(), received.size(), received.contentType())));
        }
        return ResponseEntity.created(URI.create("/api/v1/cases/" + caseReference + "/evidence/" + evidenceId + "/files/"
                        + stored.fileId() + "/content"))
                .body(new FileReceipt(stored.fileId(), stored.sha256(), stored.size(), stored.contentType()));
    }

    @Operation(summary = "Download a file of an evidence item", description = "Recorded as an event (who, when, purpose) "
            + "in the case's history before the bytes are streamed.")
    @GetMapping("/{fileId}/content")
    ResponseEntity<StreamingResponseBody> download(@PathVariable String caseReference, @PathVariable String evidenceId,
                                                   @PathVariable String fileId,
                                                   @RequestParam @NotBlank @Size(max = TextLimits.NARRATIVE) String purpose)
            throws IOException {
        StoredFile stored = files.find(caseReference, fileId).orElseThrow(() -> new NotFound("No file " + fileId));
        commands.sendAndWait(new RecordEvidenceFileDownload(caseReference, evidenceId, fileId,
                narratives.seal(caseReference, purpose)));
        return FileDownloads.of(files, stored);
    }
}
