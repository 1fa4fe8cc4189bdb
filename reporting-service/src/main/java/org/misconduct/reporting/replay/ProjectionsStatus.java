package org.misconduct.reporting.replay;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The state of the projections: the ledger they are built from, the latest rebuild and the lag per topic. */
public record ProjectionsStatus(
        @Schema(description = "Events in the ledger of received events; while a rebuild runs, as many as it found"
                + " when it started")
        long ledgerEvents,
        RebuildProgress rebuild,
        List<TopicStatus> topics) {
}
