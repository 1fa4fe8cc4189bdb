package org.misconduct.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.integrity.ChainBreakReason;

/** The answer of GET /api/v1/integrity as the contract spells it. */
class IntegrityReportJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aBrokenHistoryNamesTheGlobalIndexAndTheReasonByItsWireName() throws Exception {
        JsonNode report = json.valueToTree(new IntegrityReport(12, 9L, false, new BrokenLink(7, "case-a", 3L, ChainBreakReason.REORDERED)));

        assertThat(report.get("events").asLong()).isEqualTo(12);
        assertThat(report.get("anchoredThrough").asLong()).isEqualTo(9);
        assertThat(report.get("intact").asBoolean()).isFalse();
        assertThat(report.get("firstBroken").get("globalIndex").asLong()).isEqualTo(7);
        assertThat(report.get("firstBroken").get("aggregateIdentifier").asText()).isEqualTo("case-a");
        assertThat(report.get("firstBroken").get("sequenceNumber").asLong()).isEqualTo(3);
        assertThat(report.get("firstBroken").get("reason").asText()).isEqualTo("reordered");
    }

    @Test
    void anIntactHistoryHasNoFirstBroken() {
        JsonNode report = json.valueToTree(new IntegrityReport(12, null, true, null));

        assertThat(report.get("firstBroken").isNull()).isTrue();
        assertThat(report.get("anchoredThrough").isNull()).isTrue();
    }
}
