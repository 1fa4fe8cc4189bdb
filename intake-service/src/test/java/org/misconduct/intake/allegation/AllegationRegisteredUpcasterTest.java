package org.misconduct.intake.allegation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

class AllegationRegisteredUpcasterTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final String REVISION_1 = """
            {"caseReference":"ALG-2026-000007","receivedAt":"2026-11-20T08:00:00Z","mission":"MINUSCA","channel":"WEB",
             "language":"fr","incidentDate":null,"personnelCategory":"MC","allegedNationality":"XAA","victimCount":1,
             "minorInvolved":false,"anonymous":false,"complainantIsVictim":true,
             "personalData":{"subjectId":"3f1c","description":"pd1:d","location":"pd1:l","complainantName":"pd1:n",
                             "complainantContact":null},
             "followUpCodeHash":"$2a$10$abc"}""";

    @Test
    void aFirstRevisionReadsAsNarrativeAndComplainantUnderTheKeyTheyWereSealedWith() throws Exception {
        JsonNode upcast = AllegationRegisteredUpcaster.toRevision2(JSON.readTree(REVISION_1));
        AllegationRegistered event = JSON.treeToValue(upcast, AllegationRegistered.class);

        assertThat(upcast.has("personalData")).isFalse();
        assertThat(event.narrative()).isEqualTo(new SealedNarrative("3f1c", "pd1:d", "pd1:l"));
        assertThat(event.complainant()).isEqualTo(new SealedComplainant("3f1c", "pd1:n", null));
        assertThat(event.caseReference()).isEqualTo("ALG-2026-000007");
        assertThat(event.followUpCodeHash()).isEqualTo("$2a$10$abc");
        assertThat(event.narrative().isWithCaseFile("ALG-2026-000007")).as("still under the complainant's key").isFalse();
    }
}
