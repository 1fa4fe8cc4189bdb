package org.misconduct.intake.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.domain.NotFound;
import org.misconduct.files.FileStore;
import org.misconduct.files.NewFile;
import org.misconduct.files.StoredFile;
import org.misconduct.intake.allegation.AddComplaintAttachment;
import org.misconduct.intake.followup.AllegationSubjects;
import org.misconduct.intake.followup.ComplaintFollowUp;
import org.misconduct.web.ActingUser;
import org.springframework.stereotype.Service;

/**
 * Files a complainant sends with or after their complaint: sealed under the complainant's own key (a photograph may
 * show them), with image metadata such as the GPS position removed first. Erasing the complainant erases them too.
 */
@Service
public class ComplaintAttachments {

    private final FileStore files;
    private final AllegationSubjects subjects;
    private final CommandGateway commands;

    ComplaintAttachments(FileStore files, AllegationSubjects subjects, CommandGateway commands) {
        this.files = files;
        this.subjects = subjects;
        this.commands = commands;
    }

    /** For a complaint whose follow-up code was checked (or that was just registered). */
    public StoredFile attach(String caseReference, InputStream content) throws IOException {
        String complainant = subjects.complainantOf(caseReference).orElseThrow(() -> new NotFound("No complaint " + caseReference));
        return files.store(new NewFile(caseReference, complainant, true), content, stored -> commands.sendAndWait(
                GenericCommandMessage.asCommandMessage(new AddComplaintAttachment(caseReference, stored.fileId(),
                                stored.sha256(), stored.receivedSha256(), stored.size(), stored.contentType()))
                        .andMetaData(Map.of(ActingUser.METADATA_KEY, ComplaintFollowUp.COMPLAINANT))));
    }
}
