package org.misconduct.investigation.evidence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.misconduct.domain.NotFound;
import org.misconduct.investigation.narrative.CaseNarratives;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's evidence items with their chain of custody, folded from the case's events: the record the
 * chain of custody is judged by is the event store itself, not a copy of it. Descriptions and purposes are
 * opened from their sealed form for the investigators who may see the case (checked before this is called).
 */
@RestController
class EvidenceListController {

    record CustodyStep(String from, String to, Instant at, String purpose) {
    }

    /** A file stored for the item, with the hash the server computed while receiving it. */
    record StoredFileView(String fileId, String sha256, long size, String contentType, Instant attachedAt) {
    }

    record EvidenceView(String evidenceId, String kind, String description, String sha256, Instant collectedAt,
                        String collectedBy, String custodian, List<CustodyStep> custody, List<StoredFileView> files) {
    }

    private final EventStore events;
    private final CaseNarratives narratives;

    EvidenceListController(EventStore events, CaseNarratives narratives) {
        this.events = events;
        this.narratives = narratives;
    }

    @GetMapping("/api/v1/cases/{caseReference}/evidence")
    List<EvidenceView> evidence(@PathVariable String caseReference) {
        List<Object> history = events.readEvents(caseReference).asStream().<Object>map(Message::getPayload).toList();
        if (history.isEmpty()) {
            throw new NotFound("No case " + caseReference);
        }
        Map<String, EvidenceView> items = new LinkedHashMap<>();
        for (Object payload : history) {
            if (payload instanceof EvidenceRecorded recorded) {
                items.put(recorded.evidenceId(), new EvidenceView(recorded.evidenceId(), recorded.kind().name(),
                        narratives.open(caseReference, recorded.description()),
                        recorded.sha256(), recorded.collectedAt(), recorded.collectedBy(), recorded.collectedBy(), List.of(), List.of()));
            } else if (payload instanceof EvidenceFileAttached attached) {
                items.computeIfPresent(attached.evidenceId(), (id, item) -> withFile(item, attached));
            } else if (payload instanceof CustodyTransferred transferred) {
                items.computeIfPresent(transferred.evidenceId(), (id, item) -> handedOver(item, transferred,
                        narratives.open(caseReference, transferred.purpose())));
            }
        }
        return List.copyOf(items.values());
    }

    private static EvidenceView handedOver(EvidenceView item, CustodyTransferred transferred, String purpose) {
        List<CustodyStep> custody = new ArrayList<>(item.custody());
        custody.add(new CustodyStep(transferred.from(), transferred.to(), transferred.at(), purpose));
        return new EvidenceView(item.evidenceId(), item.kind(), item.description(), item.sha256(), item.collectedAt(),
                item.collectedBy(), transferred.to(), List.copyOf(custody), item.files());
    }

    private static EvidenceView withFile(EvidenceView item, EvidenceFileAttached attached) {
        List<StoredFileView> files = new ArrayList<>(item.files());
        files.add(new StoredFileView(attached.fileId(), attached.sha256(), attached.size(), attached.contentType(), attached.attachedAt()));
        return new EvidenceView(item.evidenceId(), item.kind(), item.description(), item.sha256(), item.collectedAt(),
                item.collectedBy(), item.custodian(), item.custody(), List.copyOf(files));
    }
}
