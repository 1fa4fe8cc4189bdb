package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PublicAllegationCsvTest {

    @Test
    void writesAHeaderOfTheJsonFieldNamesAndOneCrlfLinePerAllegation() {
        String csv = PublicAllegationCsv.header() + PublicAllegationCsv.line(allegation("MINUSCA", List.of("DISMISSAL", "REPATRIATION")));

        String[] lines = csv.split("\r\n", -1);
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEmpty();
        assertThat(lines[0]).isEqualTo("yearReceived,monthReceived,mission,personnelCategory,nationality,allegationType,"
                + "victims,minorVictims,adultVictims,unknownAgeVictims,investigatingEntity,status,daysTaken,finding,"
                + "interimActions,finalActions,criminalReferrals,paternityClaims,criminalReferralStatus");
        assertThat(lines[1]).isEqualTo("2025,3,MINUSCA,NS,,SE,2,1,1,0,OIOS,SUBSTANTIATED,97,SUBSTANTIATED,"
                + "PAYMENT_SUSPENSION,DISMISSAL;REPATRIATION,HOST_STATE,,HOST_STATE:CONVICTED");
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
        String row = PublicAllegationCsv.line(allegation("A, B", List.of()));
        assertThat(row).startsWith("2025,3,\"A, B\",NS,");
    }

    private static PublicAllegation allegation(String mission, List<String> finalActions) {
        return new PublicAllegation(2025, 3, mission, "NS", null, "SE", 2, 1, 1, 0, "OIOS", AllegationStatus.SUBSTANTIATED,
                97L, "SUBSTANTIATED", List.of("PAYMENT_SUSPENSION"), finalActions, List.of("HOST_STATE"), List.of(),
                List.of("HOST_STATE:CONVICTED"));
    }
}
