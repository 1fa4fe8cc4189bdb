package org.misconduct.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.MigratedDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

class CopyRowsTest {

    private static final String COLUMNS = "label, count, flag, at, tags, bytes, document";
    private static final Instant AT = Instant.parse("2026-03-01T08:00:00.123456Z");

    private static JdbcTemplate jdbc;

    @BeforeAll
    static void database() {
        jdbc = MigratedDatabase.of("reporting_copy_rows_test", "classpath:db/streaming", "classpath:db/reporting");
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS copy_probe (label TEXT, count INTEGER, flag BOOLEAN, at TIMESTAMP WITH TIME ZONE,
                tags TEXT[], bytes BYTEA, document JSONB)""");
    }

    @BeforeEach
    void empty() {
        jdbc.update("DELETE FROM copy_probe");
    }

    @Test
    void textWithTheFormatsOwnSeparatorsAndEscapesArrivesAsWritten() {
        String hostile = "tab\there, line\nbreak\r, back\\slash, \\N, quote \" and comma , { brace }, Bangui é ü شكوى 📱";
        CopyRows rows = new CopyRows("copy_probe", COLUMNS)
                .add(hostile, 7, true, AT, new String[] {hostile, "NULL", ""}, new byte[] {0, (byte) 0xff, 0x5c},
                        "{\"narrative\": \"a\\\\b\\n\\\"c\\\"\"}");

        assertThat(rows.copy(jdbc)).isEqualTo(1);

        Map<String, Object> row = jdbc.queryForMap("SELECT label, count, flag, at, tags, bytes, document ->> 'narrative' AS narrative FROM copy_probe");
        assertThat(row.get("label")).isEqualTo(hostile);
        assertThat(row.get("count")).isEqualTo(7);
        assertThat(row.get("flag")).isEqualTo(true);
        assertThat(((Timestamp) row.get("at")).toInstant()).isEqualTo(AT);
        assertThat(jdbc.queryForList("SELECT unnest(tags) FROM copy_probe", String.class)).containsExactly(hostile, "NULL", "");
        assertThat((byte[]) row.get("bytes")).containsExactly(0, 0xff, 0x5c);
        assertThat(row.get("narrative")).isEqualTo("a\\b\n\"c\"");
    }

    @Test
    void nullsAndEmptyArraysArriveAsSuch() {
        new CopyRows("copy_probe", COLUMNS).add(null, null, false, Timestamp.from(AT), new String[0], null, null).copy(jdbc);

        Map<String, Object> row = jdbc.queryForMap("SELECT label, count, flag, at, cardinality(tags) AS tags, bytes, document FROM copy_probe");
        assertThat(row.get("label")).isNull();
        assertThat(row.get("count")).isNull();
        assertThat(row.get("flag")).isEqualTo(false);
        assertThat(((Timestamp) row.get("at")).toInstant()).isEqualTo(AT);
        assertThat(row.get("tags")).isEqualTo(0);
        assertThat(row.get("bytes")).isNull();
        assertThat(row.get("document")).isNull();
    }

    @Test
    void rowsAreForgottenOnceCopied() {
        CopyRows rows = new CopyRows("copy_probe", "label");
        rows.add("first").add("second");
        rows.copy(jdbc);
        rows.add("third");

        assertThat(rows.copy(jdbc)).isEqualTo(1);
        assertThat(rows.size()).isZero();
        assertThat(jdbc.queryForList("SELECT label FROM copy_probe ORDER BY label", String.class))
                .isEqualTo(List.of("first", "second", "third"));
    }

    @Test
    void aValueOfATypeItCannotWriteIsRefused() {
        assertThatThrownBy(() -> new CopyRows("copy_probe", "label").add(new Object()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
