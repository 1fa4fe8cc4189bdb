package org.misconduct.reporting.ledger;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Drops every projection and rebuilds it from the ledger, in one transaction. */
@Component
public class ProjectionRebuild {

    private final ReceivedEventLedger ledger;
    private final List<Projection> projections;
    private final TransactionTemplate transaction;

    ProjectionRebuild(ReceivedEventLedger ledger, List<Projection> projections, TransactionTemplate transaction) {
        this.ledger = ledger;
        this.projections = projections;
        this.transaction = transaction;
    }

    /** @return how many events were replayed */
    public long rebuild() {
        Long replayed = transaction.execute(status -> {
            // Reset first: its locks hold back the listener, whose events then land on the rebuilt state.
            projections.forEach(Projection::reset);
            return ledger.replay(event -> projections.forEach(projection -> projection.project(event)));
        });
        return replayed == null ? 0 : replayed;
    }
}
