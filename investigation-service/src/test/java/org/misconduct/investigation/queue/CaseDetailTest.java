package org.misconduct.investigation.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;
import org.misconduct.investigation.outcome.CaseOutcomes;

/** The case's JSON keeps every field of the queue item at the top level and adds its decisions beside them. */
class CaseDetailTest {

    private static final Instant T = Instant.parse("2026-11-26T10:00:00Z");

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    @Test
    void theQueueItemsFieldsStayWhereTheyWereAndTheDecisionsJoinThem() throws Exception {
        CaseQueueItem item = new CaseQueueItem("ALG-2026-000042", "MINUSCA", "SA", "MC", "XAA", "NORMAL", "TCC", "investigator.oios",
                "SUBSTANTIATED", "SUBSTANTIATED", T, T, List.of(new CaseQueueItem.ClockView("investigation", T, T, T, false)));
        CaseOutcomes outcomes = new CaseOutcomes(List.of(), List.of(new CaseOutcomes.CriminalReferralView("HOST_STATE", T)), List.of(),
                new CaseOutcomes.FindingView("SUBSTANTIATED", T, "summary"));

        JsonNode detail = json.valueToTree(new CaseDetail(item, outcomes));

        JsonNode queueItem = json.valueToTree(item);
        queueItem.fieldNames().forEachRemaining(field -> assertThat(detail.get(field)).as(field).isEqualTo(queueItem.get(field)));
        assertThat(detail.get("finding").asText()).isEqualTo("SUBSTANTIATED");
        assertThat(detail.get("criminalReferrals").get(0).get("authority").asText()).isEqualTo("HOST_STATE");
        assertThat(detail.get("findingRecord").get("at").asText()).isEqualTo("2026-11-26T10:00:00Z");
        assertThat(detail.has("interimMeasures")).isTrue();
        assertThat(detail.has("finalActions")).isTrue();
        assertThat(detail.has("summary")).isFalse();
        assertThat(detail.has("outcomes")).isFalse();
    }
}
