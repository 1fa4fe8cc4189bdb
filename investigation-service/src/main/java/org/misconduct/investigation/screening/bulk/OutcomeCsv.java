package org.misconduct.investigation.screening.bulk;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

/**
 * The outcomes of a bulk screening as CSV, one line a person in the order of the upload: {@code row} (the row's number
 * in the upload, the first after the header being 1), {@code checkId}, {@code outcome} and {@code records} (each record
 * as its kind and year, {@code ;} between records). No identifier is written back.
 */
final class OutcomeCsv {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema SCHEMA = CSV.schemaFor(BulkScreenings.RowOutcome.class).withHeader()
            .sortedBy("row", "checkId", "outcome", "records");

    String write(List<BulkScreenings.RowOutcome> outcomes) {
        try {
            return CSV.writer(SCHEMA).writeValueAsString(outcomes);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Outcomes could not be written as CSV", e);
        }
    }
}
