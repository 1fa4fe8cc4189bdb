package org.misconduct.reporting.disclosure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.google.common.hash.BloomFilter;
import com.google.common.hash.Funnels;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.reporting.ledger.CopyRows;
import org.misconduct.reporting.ledger.Projection;
import org.misconduct.reporting.ledger.RebuildTransaction;
import org.misconduct.streaming.ReceivedEvent;

/**
 * A rebuild of the public allegations that keeps the rows it is building in memory, the most recently touched
 * {@code misconduct.reporting.rebuild.held-rows} at most, and writes them in batches: the rows it lets go and, at the end, those it still holds. A row
 * let go and touched again is read back first. Each allegation is then written about once, where one event at a time
 * reads and writes its row for every event. The table is empty when the rebuild starts, so only a row let go can be
 * read back: a Bloom filter of the rows let go (constant memory; a false positive costs one read that finds nothing)
 * spares the read of every allegation the rebuild meets for the first time. Rows never written before are inserted by
 * {@code COPY}; a row read back is stored already, so it is written again by an upsert. The rows are built here, on
 * the thread that applies the events, and written by the rebuild's transaction while the next events are applied.
 */
final class PublicAllegationRebuild implements Projection.Rebuild {

    private static final int BATCH = 500;
    private static final int EXPECTED_ROWS_LET_GO = 1_000_000;
    private static final double FALSE_POSITIVES = 0.01;

    private final PublicAllegationProjection projection;
    private final RebuildTransaction transaction;
    private final List<PublicAllegationState> letGo = new ArrayList<>();
    private final Set<PublicAllegationState> rowsReadBack = Collections.newSetFromMap(new IdentityHashMap<>());
    private final BloomFilter<String> rowsLetGo = BloomFilter.create(Funnels.stringFunnel(StandardCharsets.UTF_8),
            EXPECTED_ROWS_LET_GO, FALSE_POSITIVES);
    private final Map<String, PublicAllegationState> held;

    PublicAllegationRebuild(PublicAllegationProjection projection, int heldRows, RebuildTransaction transaction) {
        this.projection = projection;
        this.transaction = transaction;
        this.held = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PublicAllegationState> eldest) {
                if (size() <= heldRows) {
                    return false;
                }
                letGo(eldest.getValue());
                return true;
            }
        };
    }

    @Override
    public void apply(ReceivedEvent event) {
        PublishedEvent data = event.data();
        if (!PublicAllegationState.concerns(data)) {
            return;
        }
        String caseReference = data.caseReference();
        PublicAllegationState state = held.get(caseReference);
        if (state == null) {
            state = readBack(caseReference).orElseGet(() -> new PublicAllegationState(caseReference));
            held.put(caseReference, state);
        }
        state.apply(data);
    }

    /** The row of an allegation let go earlier, if it was; the rows waiting to be written are written first. */
    private Optional<PublicAllegationState> readBack(String caseReference) {
        if (!rowsLetGo.mightContain(caseReference)) {
            return Optional.empty();
        }
        flushLetGo();
        Optional<PublicAllegationState> stored = transaction.read(() -> projection.stored(caseReference));
        stored.ifPresent(rowsReadBack::add);
        return stored;
    }

    @Override
    public void finish() {
        flushLetGo();
        List<PublicAllegationState> remaining = new ArrayList<>(held.values());
        for (int from = 0; from < remaining.size(); from += BATCH) {
            write(remaining.subList(from, Math.min(remaining.size(), from + BATCH)));
        }
        held.clear();
    }

    private void letGo(PublicAllegationState state) {
        letGo.add(state);
        rowsLetGo.put(state.caseReference);
        if (letGo.size() >= BATCH) {
            flushLetGo();
        }
    }

    /** Writes the rows let go before any is read back, so a read never finds an older row than the one let go. */
    private void flushLetGo() {
        if (!letGo.isEmpty()) {
            write(letGo);
            letGo.clear();
        }
    }

    private void write(List<PublicAllegationState> states) {
        List<PublicAllegationState> neverWritten = new ArrayList<>();
        List<PublicAllegationState> stored = new ArrayList<>();
        states.forEach(state -> (rowsReadBack.remove(state) ? stored : neverWritten).add(state));
        if (!neverWritten.isEmpty()) {
            CopyRows rows = projection.newRows(neverWritten);
            transaction.write(() -> projection.insert(rows));
        }
        if (!stored.isEmpty()) {
            List<Object[]> rows = projection.storedRows(stored);
            transaction.write(() -> projection.writeOver(rows));
        }
    }
}
