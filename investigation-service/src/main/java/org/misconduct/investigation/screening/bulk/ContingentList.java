package org.misconduct.investigation.screening.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;
import org.misconduct.investigation.screening.bulk.PersonRow.Problems;
import org.misconduct.web.ApiProblems.FieldProblem;
import org.misconduct.web.InvalidRequest;

/**
 * Reads an uploaded list of people as it arrives: CSV in UTF-8, a header naming some of the columns
 * {@link PersonRow#COLUMNS} (any order), then one person a row. Keeps only each person's blind indexes. Any fault
 * (an unknown or repeated column, a malformed row, an unreadable value, a row with nothing to match on, too many
 * people or bytes) refuses the whole list, with the faults found by row, so that nothing of it is screened.
 */
final class ContingentList {

    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .build();
    /** Enough to fix a list by, few enough to answer briefly. */
    private static final int MOST_PROBLEMS_LISTED = 50;

    private final PersonRow rows;
    private final int maxPeople;
    private final long maxBytes;

    ContingentList(PersonRow rows, int maxPeople, long maxBytes) {
        this.rows = rows;
        this.maxPeople = maxPeople;
        this.maxBytes = maxBytes;
    }

    /**
     * @throws InvalidRequest when the list is not one to screen
     * @throws UploadTooLarge when the upload has more than the most bytes read
     */
    List<PersonToScreen> read(InputStream upload) throws IOException {
        List<PersonToScreen> people = new ArrayList<>();
        Problems problems = new Problems(MOST_PROBLEMS_LISTED);
        try (Reader text = new InputStreamReader(bounded(upload), StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> records = open(text)) {
            boolean any = hasNext(records, 1);
            checkHeader((CsvSchema) records.getParserSchema());
            for (int row = 1; any && !problems.full(); row++) {
                if (row > maxPeople) {
                    throw new InvalidRequest("rows", "must list at most " + maxPeople + " people");
                }
                rows.read(row, next(records, row), problems).ifPresent(people::add);
                any = hasNext(records, row + 1);
            }
        }
        if (!problems.none()) {
            throw new InvalidRequest(problems.list());
        }
        if (people.isEmpty()) {
            throw new InvalidRequest("rows", "must list at least one person after the header");
        }
        return List.copyOf(people);
    }

    private static MappingIterator<Map<String, String>> open(Reader text) throws IOException {
        try {
            return CSV.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(text);
        } catch (JsonProcessingException noHeader) {
            throw new InvalidRequest("header", "must be a first line naming some of the columns " + PersonRow.COLUMNS);
        }
    }

    private void checkHeader(CsvSchema header) {
        List<FieldProblem> problems = new ArrayList<>();
        var seen = new HashSet<String>();
        for (String column : header.getColumnNames()) {
            if (!PersonRow.COLUMNS.contains(column)) {
                problems.add(new FieldProblem("header", "has an unknown column; the columns are " + PersonRow.COLUMNS));
            } else if (!seen.add(column)) {
                problems.add(new FieldProblem("header", "names the column " + column + " twice"));
            }
        }
        if (seen.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("header", "must name at least one of the columns " + PersonRow.COLUMNS));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    private InputStream bounded(InputStream upload) throws IOException {
        BoundedInputStream bounded = BoundedInputStream.builder().setInputStream(upload).setMaxCount(maxBytes + 1)
                .setOnMaxCount((max, count) -> {
                    throw new UploadTooLarge(maxBytes);
                }).get();
        return BOMInputStream.builder().setInputStream(bounded).get();
    }

    // A parser's message may quote the row it failed on, so it is never passed on: only the row's number is.
    private static Map<String, String> next(MappingIterator<Map<String, String>> records, int row) throws IOException {
        try {
            return records.nextValue();
        } catch (JsonProcessingException | RuntimeJsonMappingException malformed) {
            throw malformedRow(row);
        }
    }

    private static boolean hasNext(MappingIterator<Map<String, String>> records, int row) throws IOException {
        try {
            return records.hasNextValue();
        } catch (JsonProcessingException | RuntimeJsonMappingException malformed) {
            throw malformedRow(row);
        }
    }

    private static InvalidRequest malformedRow(int row) {
        return new InvalidRequest("rows[" + row + "]",
                "is not a well-formed CSV row of as many fields as the header (check quotes and separators)");
    }
}
