package org.misconduct.victimassistance.victim;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.axonframework.eventsourcing.EventSourcingHandler;
import org.misconduct.domain.NotFound;
import org.misconduct.domain.RuleViolation;

/** A victim's paternity and child-support claims and where each stands, a member of the victim aggregate. */
class PaternityClaimRecord {

    private final Map<String, PaternityClaimStatus> claims = new LinkedHashMap<>();

    /** @return the id of the claim the status was recorded for */
    String record(RecordPaternityClaimStatus command, String caseReference, Instant now) {
        String claimId = command.claimId() != null ? existingClaim(command) : claimFor(command);
        PaternityClaimStatus current = claims.get(claimId);
        if (current != null && !current.canMoveTo(command.status())) {
            throw new RuleViolation("Paternity claim " + claimId + " cannot move from " + current + " to " + command.status()
                    + "; allowed: " + current.next());
        }
        apply(new PaternityClaimStatusRecorded(command.victimId(), caseReference, claimId, command.status(), now));
        return claimId;
    }

    private String existingClaim(RecordPaternityClaimStatus command) {
        if (!claims.containsKey(command.claimId())) {
            throw new NotFound("Victim " + command.victimId() + " has no paternity claim " + command.claimId());
        }
        return command.claimId();
    }

    private String claimFor(RecordPaternityClaimStatus command) {
        if (command.status() == PaternityClaimStatus.FILED) {
            return command.newClaimId();
        }
        List<String> open = claims.entrySet().stream()
                .filter(claim -> claim.getValue().isOpen())
                .map(Map.Entry::getKey)
                .toList();
        if (open.size() != 1) {
            throw new RuleViolation(open.isEmpty()
                    ? "Victim " + command.victimId() + " has no open paternity claim; a claim starts as FILED"
                    : "Victim " + command.victimId() + " has several open paternity claims; name the claim (claimId)");
        }
        return open.get(0);
    }

    @EventSourcingHandler
    void on(PaternityClaimStatusRecorded event) {
        claims.put(event.claimId(), event.status());
    }
}
