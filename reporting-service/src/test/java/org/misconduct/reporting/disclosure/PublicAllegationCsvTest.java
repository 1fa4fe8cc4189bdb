package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PublicAllegationCsvTest {

    @Test
    void writesAHeaderOfTheJsonFieldNamesAndOneCrlfLinePerAllegation() {
        String csv = PublicAllegationCsv.write(List.of(allegation("MINUSCA", List.of("evidence-preservation", "investigation"))));

        String[] lines = csv.split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        assertThat(lines[0]).isEqualTo("yearReceived,monthReceived,mission,personnelCategory,nationality,allegationType,"
                + "victimCount,minorInvolved,victimsRegistered,minorVictims,adultVictims,unknownAgeVictims,"
                + "investigatingEntity,status,receivedOn,referredOn,investigationOpenedOn,evidencePreserved,"
                + "evidencePreservedWithinClock,clockBreaches,breachedClocks");
        assertThat(lines[1]).isEqualTo("2025,3,MINUSCA,NS,,SE,2,true,1,1,0,0,OIOS,REFERRED,2025-03-01,2025-03-04,,"
                + "false,,2,evidence-preservation;investigation");
    }

    @Test
    void quotesFieldsHoldingCommasQuotesOrLineBreaks() {
        assertThat(PublicAllegationCsv.field("MONUSCO, East")).isEqualTo("\"MONUSCO, East\"");
        assertThat(PublicAllegationCsv.field("the \"camp\"")).isEqualTo("\"the \"\"camp\"\"\"");
        assertThat(PublicAllegationCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(PublicAllegationCsv.field("UNMISS")).isEqualTo("UNMISS");
        assertThat(PublicAllegationCsv.field(null)).isEmpty();
    }

    @Test
    void neutralisesWhatASpreadsheetWouldRunAsAFormula() {
        assertThat(PublicAllegationCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(PublicAllegationCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    }

    @Test
    void aMissionWithACommaStaysOneField() {
        String row = PublicAllegationCsv.write(List.of(allegation("A, B", List.of()))).split("\r\n")[1];
        assertThat(row).startsWith("2025,3,\"A, B\",NS,");
    }

    private static PublicAllegation allegation(String mission, List<String> breachedClocks) {
        return new PublicAllegation(2025, 3, mission, "NS", null, "SE", 2, true, 1, 1, 0, 0, "OIOS",
                AllegationStatus.REFERRED, LocalDate.parse("2025-03-01"), LocalDate.parse("2025-03-04"), null,
                false, null, breachedClocks.size(), breachedClocks);
    }
}
