package org.misconduct.investigation.evidence;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.axonframework.deadline.DeadlineManager;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;
import org.misconduct.investigation.clocks.CaseClocks;

/**
 * A case's evidence items and their chain of custody, a member of the case aggregate. An item's hash never
 * changes; its custody passes in time order from one custodian to the next.
 */
public class EvidenceChain {

    private final Map<String, EvidenceItem> items = new HashMap<>();
    private boolean preserved;

    public void record(RecordEvidence command, Instant now) {
        if (items.containsKey(command.evidenceId())) {
            throw new RuleViolation("Evidence item " + command.evidenceId() + " is already recorded");
        }
        apply(new EvidenceRecorded(command.caseReference(), command.evidenceId(), command.kind(), command.description(),
                command.sha256(), command.collectedAt(), command.collectedBy(), now));
    }

    public void transfer(TransferCustody command) {
        EvidenceItem item = items.get(command.evidenceId());
        if (item == null) {
            throw new NotFound("No evidence item " + command.evidenceId() + " in case " + command.caseReference());
        }
        if (!item.custodian().equals(command.from())) {
            throw new RuleViolation("A custody transfer starts from the evidence item's current custodian");
        }
        if (command.from().equals(command.to())) {
            throw new RuleViolation("A custody transfer goes to another custodian");
        }
        if (!item.matches(command.sha256())) {
            throw new RuleViolation(command.sha256() == null
                    ? "Evidence item " + command.evidenceId() + " has stored files: a custody transfer presents the SHA-256 verified"
                    : "The SHA-256 presented does not match the evidence item's or its stored files': its integrity is in doubt");
        }
        requireInOrder(command, item);
        apply(new CustodyTransferred(command.caseReference(), command.evidenceId(), command.from(), command.to(), command.at(),
                command.purpose(), item.sha256()));
    }

    /** A file stored for an item joins its chain: later hand-overs and downloads are checked against its hash. */
    public void attach(AttachEvidenceFile command, Instant now) {
        itemOf(command.caseReference(), command.evidenceId());
        apply(new EvidenceFileAttached(command.caseReference(), command.evidenceId(), command.fileId(), command.sha256(),
                command.size(), command.contentType(), now));
    }

    /** Every copy handed out is a step in the item's custody: who, when and why. */
    public void download(RecordEvidenceFileDownload command, Instant now) {
        EvidenceItem item = itemOf(command.caseReference(), command.evidenceId());
        String sha256 = item.fileHashes().get(command.fileId());
        if (sha256 == null) {
            throw new NotFound("No file " + command.fileId() + " of evidence item " + command.evidenceId());
        }
        apply(new EvidenceFileDownloaded(command.caseReference(), command.evidenceId(), command.fileId(), sha256, now,
                command.purpose()));
    }

    private EvidenceItem itemOf(String caseReference, String evidenceId) {
        EvidenceItem item = items.get(evidenceId);
        if (item == null) {
            throw new NotFound("No evidence item " + evidenceId + " in case " + caseReference);
        }
        return item;
    }

    /** A chain of custody is a sequence in time: no hand-over before the item existed or before its previous one. */
    private static void requireInOrder(TransferCustody command, EvidenceItem item) {
        if (command.at().isBefore(item.collectedAt())) {
            throw new RuleViolation("A custody transfer of evidence item " + command.evidenceId() + " at " + command.at()
                    + " cannot precede its collection at " + item.collectedAt());
        }
        if (command.at().isBefore(item.heldSince())) {
            throw new RuleViolation("A custody transfer of evidence item " + command.evidenceId() + " at " + command.at()
                    + " cannot precede its previous transfer at " + item.heldSince());
        }
    }

    /** Stops the evidence-preservation clock, which SE/SA cases run. */
    public void preserve(RecordEvidencePreserved command, CaseClocks clocks, Instant now, DeadlineManager deadlines) {
        if (preserved) {
            throw new RuleViolation("Evidence of case " + command.caseReference() + " is already recorded as preserved");
        }
        apply(new EvidencePreserved(command.caseReference(), now, clocks.met(ClockName.EVIDENCE_PRESERVATION, now).orElse(null)));
        clocks.stop(command.caseReference(), ClockName.EVIDENCE_PRESERVATION, now, deadlines);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    @EventSourcingHandler
    void on(EvidenceRecorded event) {
        items.put(event.evidenceId(), EvidenceItem.collected(event.sha256(), event.collectedBy(), event.collectedAt()));
    }

    @EventSourcingHandler
    void on(CustodyTransferred event) {
        items.computeIfPresent(event.evidenceId(), (id, item) -> item.handedTo(event.to(), event.at()));
    }

    @EventSourcingHandler
    void on(EvidenceFileAttached event) {
        items.computeIfPresent(event.evidenceId(), (id, item) -> item.withFile(event.fileId(), event.sha256()));
    }

    @EventSourcingHandler
    void on(EvidencePreserved event) {
        preserved = true;
    }
}
