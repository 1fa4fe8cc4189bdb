package org.misconduct.investigation.subjects;

import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.investigation.identifiers.PersonIdentifiers;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** Names subjects on a case with their identifiers sealed, and erases a subject's identity on request. */
@Service
class SubjectRecording {

    private final SubjectSeal seal;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    SubjectRecording(SubjectSeal seal, CommandGateway commands, TransactionTemplate transaction) {
        this.seal = seal;
        this.commands = commands;
        this.transaction = transaction;
    }

    String record(String caseReference, PersonnelCategory personnelCategory, String nationality, String contingentUnit,
                  String rank, PersonIdentifiers identifiers) {
        String subjectId = UUID.randomUUID().toString();
        // The subject's new key and the event commit together: a refused subject leaves no key behind.
        transaction.executeWithoutResult(status -> commands.sendAndWait(new RecordSubject(caseReference, subjectId,
                personnelCategory, nationality, contingentUnit, rank, seal.seal(subjectId, identifiers))));
        return subjectId;
    }

    void eraseIdentity(String caseReference, String subjectId) {
        // One transaction, so the history never records an erasure while the key could still open the identity.
        transaction.executeWithoutResult(status -> {
            commands.sendAndWait(new EraseSubjectIdentity(caseReference, subjectId));
            seal.erase(subjectId);
        });
    }
}
