package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.reporting.ledger.RebuildTransaction;
import org.misconduct.streaming.ReceivedEvent;

class PublicAllegationRebuildTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-01T08:00:00Z");

    private final PublicAllegationProjection projection = mock(PublicAllegationProjection.class);
    private final List<String> transactionWork = new ArrayList<>();
    private final PublicAllegationRebuild rebuild = new PublicAllegationRebuild(projection, 1, new RebuildTransaction() {
        @Override
        public void write(Runnable work) {
            transactionWork.add("write");
            work.run();
        }

        @Override
        public <T> T read(Supplier<T> work) {
            transactionWork.add("read");
            return work.get();
        }
    });

    @Test
    void anAllegationMetForTheFirstTimeIsNotLookedForInTheTable() {
        rebuild.apply(registered("ALG-2026-000001"));
        rebuild.apply(registered("ALG-2026-000002"));

        verify(projection, never()).stored(anyString());
    }

    @Test
    void anAllegationLetGoIsReadBackWhenItIsTouchedAgain() {
        when(projection.stored("ALG-2026-000001")).thenReturn(Optional.of(new PublicAllegationState("ALG-2026-000001")));
        rebuild.apply(registered("ALG-2026-000001"));
        rebuild.apply(registered("ALG-2026-000002"));

        rebuild.apply(registered("ALG-2026-000001"));

        verify(projection).stored("ALG-2026-000001");
        assertThat(transactionWork).as("the row let go is written before it is read back").containsExactly("write", "read");
    }

    @Test
    void rowsLetGoWaitToBeWrittenInABatchWhileNoneIsReadBack() {
        rebuild.apply(registered("ALG-2026-000001"));
        rebuild.apply(registered("ALG-2026-000002"));
        rebuild.apply(registered("ALG-2026-000003"));

        verify(projection, never()).newRows(anyList());
        assertThat(transactionWork).isEmpty();
    }

    @Test
    void rowsNeverWrittenAreInsertedAndARowReadBackIsWrittenOver() {
        PublicAllegationState readBack = new PublicAllegationState("ALG-2026-000001");
        when(projection.stored("ALG-2026-000001")).thenReturn(Optional.of(readBack));
        rebuild.apply(registered("ALG-2026-000001"));
        rebuild.apply(registered("ALG-2026-000002"));
        rebuild.apply(registered("ALG-2026-000001"));

        rebuild.finish();

        ArgumentCaptor<List<PublicAllegationState>> inserted = listCaptor();
        verify(projection, times(2)).newRows(inserted.capture());
        assertThat(inserted.getAllValues()).flatExtracting(states -> states.stream().map(state -> state.caseReference).toList())
                .containsExactly("ALG-2026-000001", "ALG-2026-000002");
        assertThat(inserted.getAllValues()).flatExtracting(states -> states).doesNotContain(readBack);
        verify(projection).storedRows(List.of(readBack));
        verify(projection, times(2)).insert(any());
        verify(projection).writeOver(any());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ArgumentCaptor<List<PublicAllegationState>> listCaptor() {
        return (ArgumentCaptor) ArgumentCaptor.forClass(List.class);
    }

    private static ReceivedEvent registered(String caseReference) {
        return new ReceivedEvent(caseReference + "-registered", "AllegationRegistered", "/intake-service", RECEIVED,
                new AllegationRegistered(caseReference, "MINUSCA", "WEB", "MC", "XAA", 1, false, RECEIVED));
    }
}
