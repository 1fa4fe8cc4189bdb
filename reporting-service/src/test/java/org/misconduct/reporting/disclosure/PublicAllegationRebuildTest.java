package org.misconduct.reporting.disclosure;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;
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

    private static ReceivedEvent registered(String caseReference) {
        return new ReceivedEvent(caseReference + "-registered", "AllegationRegistered", "/intake-service", RECEIVED,
                new AllegationRegistered(caseReference, "MINUSCA", "WEB", "MC", "XAA", 1, false, RECEIVED));
    }
}
