package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.streaming.ReceivedEvent;

class PublicAllegationRebuildTest {

    private static final Instant RECEIVED = Instant.parse("2026-03-01T08:00:00Z");

    private final PublicAllegationProjection projection = mock(PublicAllegationProjection.class);
    private final PublicAllegationRebuild rebuild = new PublicAllegationRebuild(projection, 1);

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
    }

    @Test
    void rowsLetGoWaitToBeWrittenInABatchWhileNoneIsReadBack() {
        rebuild.apply(registered("ALG-2026-000001"));
        rebuild.apply(registered("ALG-2026-000002"));
        rebuild.apply(registered("ALG-2026-000003"));

        verify(projection, never()).insert(anyList());
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
        verify(projection, times(2)).insert(inserted.capture());
        assertThat(inserted.getAllValues()).flatExtracting(states -> states.stream().map(state -> state.caseReference).toList())
                .containsExactly("ALG-2026-000001", "ALG-2026-000002");
        assertThat(inserted.getAllValues()).flatExtracting(states -> states).doesNotContain(readBack);
        verify(projection).write(List.of(readBack));
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
