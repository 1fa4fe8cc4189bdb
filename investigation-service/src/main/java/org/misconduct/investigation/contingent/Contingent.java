package org.misconduct.investigation.contingent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.misconduct.domain.RuleViolation;
import org.misconduct.eventstore.SnapshotTriggers;

/**
 * A contingent (mission, nationality, unit) watched for a pattern of abuse: it is flagged once it
 * reaches the configured number of referred SEA allegations within the configured window, or when
 * its Member State lets the intent clock of one of its cases breach. Flagged contingents may be repatriated.
 *
 * <p>Its history grows by one event per referred case for as long as the contingent serves, so it is snapshotted: the
 * snapshot holds these fields as they are (Jackson reads and writes the fields themselves), under the revision below,
 * which changes whenever the fields do, so that a snapshot of another shape is ignored and the history read instead.
 */
@Aggregate(snapshotTriggerDefinition = SnapshotTriggers.EVENT_COUNT, cache = ContingentCaching.NAME)
@Revision("1")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
class Contingent {

    @AggregateIdentifier
    private String contingentId;
    private ContingentUnit unit;
    private final Map<String, Instant> allegations = new HashMap<>();
    // Concrete types: a snapshot restores the same collections, in the same order.
    private final LinkedHashSet<String> cases = new LinkedHashSet<>();
    private final EnumSet<FlagReason> flaggedFor = EnumSet.noneOf(FlagReason.class);
    private boolean repatriated;

    protected Contingent() {
        // for Axon: state is rebuilt from the events, or the first command creates it
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CountReferredAllegation command, ContingentPolicy policy, Clock clock) {
        if (allegations.containsKey(command.caseReference())) {
            return;
        }
        ContingentUnit contingent = command.contingent();
        apply(new ReferredAllegationCounted(command.contingentId(), contingent.mission(), contingent.nationality(),
                contingent.unit(), command.caseReference(), command.receivedAt()));
        if (flaggedFor.contains(FlagReason.REFERRED_SEA_ALLEGATIONS)) {
            return;
        }
        Map<String, Instant> counted = new HashMap<>(allegations);
        counted.put(command.caseReference(), command.receivedAt());
        patternIn(counted, policy).ifPresent(pattern -> apply(new ContingentFlagged(command.contingentId(),
                contingent.mission(), contingent.nationality(), contingent.unit(), FlagReason.REFERRED_SEA_ALLEGATIONS,
                pattern, clock.instant())));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordMemberStateSilence command, Clock clock) {
        if (flaggedFor.contains(FlagReason.MEMBER_STATE_INTENT_BREACHED)) {
            return;
        }
        ContingentUnit contingent = command.contingent();
        apply(new ContingentFlagged(command.contingentId(), contingent.mission(), contingent.nationality(), contingent.unit(),
                FlagReason.MEMBER_STATE_INTENT_BREACHED, List.of(command.caseReference()), clock.instant()));
    }

    @CommandHandler
    void handle(RepatriateContingent command, Clock clock) {
        if (flaggedFor.isEmpty()) {
            throw new RuleViolation("Contingent " + contingentId + " is not flagged; repatriation follows a flag");
        }
        if (repatriated) {
            throw new RuleViolation("Contingent " + contingentId + " is already repatriated");
        }
        apply(new ContingentRepatriated(contingentId, unit.mission(), unit.nationality(), unit.unit(), List.copyOf(cases),
                clock.instant()));
    }

    /** The allegations of the first window holding at least the threshold, by receipt. */
    private static Optional<List<String>> patternIn(Map<String, Instant> counted, ContingentPolicy policy) {
        List<Map.Entry<String, Instant>> byReceipt = new ArrayList<>(counted.entrySet());
        byReceipt.sort(Map.Entry.<String, Instant>comparingByValue().thenComparing(Map.Entry.comparingByKey()));
        int threshold = policy.flagThreshold();
        for (int first = 0; first + threshold <= byReceipt.size(); first++) {
            Instant windowEnd = byReceipt.get(first).getValue().plus(policy.window());
            Map.Entry<String, Instant> last = byReceipt.get(first + threshold - 1);
            if (!last.getValue().isAfter(windowEnd)) {
                return Optional.of(byReceipt.subList(first, first + threshold).stream().map(Map.Entry::getKey).toList());
            }
        }
        return Optional.empty();
    }

    @EventSourcingHandler
    void on(ReferredAllegationCounted event) {
        identify(event.contingentId(), event.mission(), event.nationality(), event.unit());
        allegations.put(event.caseReference(), event.receivedAt());
        cases.add(event.caseReference());
    }

    @EventSourcingHandler
    void on(ContingentFlagged event) {
        identify(event.contingentId(), event.mission(), event.nationality(), event.unit());
        flaggedFor.add(event.reason());
        cases.addAll(event.caseReferences());
    }

    @EventSourcingHandler
    void on(ContingentRepatriated event) {
        repatriated = true;
    }

    private void identify(String id, String mission, String nationality, String unitName) {
        if (contingentId == null) {
            contingentId = id;
            unit = new ContingentUnit(id, mission, nationality, unitName);
        }
    }
}
