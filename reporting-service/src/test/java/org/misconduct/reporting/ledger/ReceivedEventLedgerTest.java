package org.misconduct.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

class ReceivedEventLedgerTest {

    private static final int EVENTS = 2_500;

    private static JdbcTemplate jdbc;
    private final ReceivedEventLedger ledger = new ReceivedEventLedger(jdbc, JsonMapper.builder().findAndAddModules().build(),
            Clock.systemUTC());

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("reporting_ledger_test", "classpath:db/streaming", "classpath:db/reporting");
    }

    @BeforeEach
    void ledgerOfSeveralPages() {
        LedgerRegistrations.replace(jdbc, EVENTS, 10);
    }

    @Test
    void everyKnownEventIsHandedOverInTheOrderReceivedAndEveryRowIsCounted() {
        List<String> handedOver = new ArrayList<>();
        AtomicLong rowsRead = new AtomicLong();

        long replayed = ledger.replay(event -> handedOver.add(event.id()), rowsRead::set);

        assertThat(replayed).isEqualTo(EVENTS - EVENTS / 10);
        assertThat(rowsRead).hasValue(EVENTS);
        assertThat(handedOver).hasSize(EVENTS - EVENTS / 10).startsWith("event-1", "event-2").endsWith("event-2499")
                .doesNotContain("event-10").isSortedAccordingTo((a, b) -> Integer.compare(number(a), number(b)));
    }

    @Test
    void anEventThatCannotBeReadStopsTheReplayNamingIt() {
        jdbc.update("UPDATE received_event SET data = '{\"victimCount\": \"many\"}' WHERE event_id = 'event-1999'");
        List<String> handedOver = new ArrayList<>();

        assertThatThrownBy(() -> ledger.replay(event -> handedOver.add(event.id()), rows -> { }))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("event-1999");
        assertThat(handedOver).hasSize(900).endsWith("event-999");
    }

    private static int number(String eventId) {
        return Integer.parseInt(eventId.substring("event-".length()));
    }
}
