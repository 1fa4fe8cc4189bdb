package org.misconduct.investigation.screening.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;
import org.misconduct.investigation.identifiers.BlindIndexProperties;
import org.misconduct.investigation.identifiers.BlindIndexes;
import org.misconduct.investigation.identifiers.PersonIdentifiers;
import org.misconduct.testinfra.ServiceTestProperties;
import org.misconduct.web.ApiProblems.FieldProblem;
import org.misconduct.web.InvalidRequest;

class ContingentListTest {

    private static final BlindIndexes BLIND_INDEXES = new BlindIndexes(new BlindIndexProperties(ServiceTestProperties.newScreeningBlindIndexKey()));
    private static final PersonRow ROWS = new PersonRow(BLIND_INDEXES, Validation.buildDefaultValidatorFactory().getValidator());

    private final ContingentList list = new ContingentList(ROWS, 4, 1024);

    @Test
    void eachPersonIsKeptAsTheBlindIndexesOfTheirIdentifiersByRow() throws IOException {
        List<PersonToScreen> people = list.read(csv("""
                serviceNumber,fullName,dateOfBirth,nationalId
                SN-1,"Ñúñez, José",1984-03-07,
                ,Ann Other,1990-01-02,N-77
                """));

        assertThat(people).extracting(PersonToScreen::row).containsExactly(1, 2);
        assertThat(people.get(0).blindIndexes()).containsExactlyInAnyOrderElementsOf(
                BLIND_INDEXES.of(new PersonIdentifiers("Ñúñez, José", LocalDate.of(1984, 3, 7), null, "SN-1", null)));
        assertThat(people.get(1).blindIndexes()).containsExactlyInAnyOrderElementsOf(
                BLIND_INDEXES.of(new PersonIdentifiers("Ann Other", LocalDate.of(1990, 1, 2), "N-77", null, null)));
    }

    @Test
    void columnsComeInAnyOrderAndAByteOrderMarkIsIgnored() throws IOException {
        List<PersonToScreen> people = list.read(csv("\uFEFFunIndexNumber,serviceNumber\r\nUN-5,SN-5\r\n"));

        assertThat(people.get(0).blindIndexes()).containsExactlyInAnyOrderElementsOf(
                BLIND_INDEXES.of(new PersonIdentifiers(null, null, null, "SN-5", "UN-5")));
    }

    @Test
    void anUnknownOrRepeatedColumnRefusesTheList() {
        assertThat(problemsOf("serviceNumber,nationality\nSN-1,XAA\n")).extracting(FieldProblem::field).containsExactly("header");
        assertThat(problemsOf("serviceNumber,serviceNumber\nSN-1,SN-2\n")).extracting(FieldProblem::field).containsExactly("header");
        assertThat(problemsOf("")).extracting(FieldProblem::field).containsExactly("header");
    }

    @Test
    void moreThanTheMostPeopleRefusesTheList() {
        assertThat(problemsOf("serviceNumber\nSN-1\nSN-2\nSN-3\nSN-4\nSN-5\n")).extracting(FieldProblem::field).containsExactly("rows");
    }

    @Test
    void aListOfNoOneIsRefused() {
        assertThat(problemsOf("serviceNumber\n")).extracting(FieldProblem::field).containsExactly("rows");
    }

    @Test
    void aRowOfMoreOrFewerFieldsThanTheHeaderIsMalformed() {
        assertThat(problemsOf("serviceNumber,nationalId\nSN-1,N-1\nSN-2,N-2,extra\n")).extracting(FieldProblem::field)
                .containsExactly("rows[2]");
        assertThat(problemsOf("serviceNumber,nationalId\nSN-1\n")).extracting(FieldProblem::field).containsExactly("rows[1]");
        assertThat(problemsOf("serviceNumber\n\"SN-1\n")).extracting(FieldProblem::field).containsExactly("rows[1]");
    }

    @Test
    void unreadableValuesAndRowsWithNothingToMatchAreNamedByRowWithoutTheirValue() {
        List<FieldProblem> problems = problemsOf("""
                fullName,dateOfBirth,serviceNumber
                Jane Secretname,07/03/1984,
                Jane Secretname,,
                Jane Secretname,2999-01-01,
                ,,%s
                """.formatted("S".repeat(65)));

        assertThat(problems).extracting(FieldProblem::field)
                .containsExactly("rows[1].dateOfBirth", "rows[2]", "rows[3].dateOfBirth", "rows[4].serviceNumber");
        assertThat(problems).allSatisfy(problem -> assertThat(problem.message()).doesNotContain("Secretname", "07/03"));
    }

    @Test
    void anUploadPastTheMostBytesIsRefusedWhileItIsRead() {
        ContingentList small = new ContingentList(ROWS, 1000, 64);

        assertThatThrownBy(() -> small.read(csv("serviceNumber\n" + "SN-123456\n".repeat(10)))).isInstanceOf(UploadTooLarge.class);
    }

    private List<FieldProblem> problemsOf(String text) {
        try {
            list.read(csv(text));
        } catch (InvalidRequest refused) {
            return refused.errors();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the list was accepted");
    }

    private static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
