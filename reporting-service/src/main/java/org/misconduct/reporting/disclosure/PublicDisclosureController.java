package org.misconduct.reporting.disclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletResponse;
import org.misconduct.reporting.integrity.Anchored;
import org.misconduct.reporting.integrity.ReceivedCheckpoints;
import org.misconduct.web.ApiProblems.FieldProblem;
import org.misconduct.web.InvalidRequest;
import org.misconduct.web.PageLinks;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public disclosure of allegations, without a token: JSON by default, CSV on request. */
@RestController
@RequestMapping("/api/v1/public")
class PublicDisclosureController {

    static final MediaType TEXT_CSV = new MediaType("text", "csv");
    private static final MediaType TEXT_CSV_UTF8 = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** Rows per page when a page is asked for without a size. */
    static final int DEFAULT_PAGE_SIZE = 100;

    private final PublicAllegations allegations;
    private final PublicFigures summaries;
    private final PublicDisclosureProperties properties;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final ReceivedCheckpoints checkpoints;

    PublicDisclosureController(PublicAllegations allegations, PublicFigures summaries, PublicDisclosureProperties properties,
                               ObjectMapper objectMapper, Clock clock, ReceivedCheckpoints checkpoints) {
        this.summaries = summaries;
        this.checkpoints = checkpoints;
        this.allegations = allegations;
        this.properties = properties;
        this.objectMapper = objectMapper;
        this.clock = clock;
    }

    @Operation(summary = "Allegations as publicly disclosed",
            description = "JSON by default; CSV with Accept: text/csv or format=csv (format wins over Accept). Without page, "
                    + "size and after, every row selected, streamed; with any, one page (size up to "
                    + "misconduct.disclosure.max-page-size), with a Link header to the next and previous pages. The next "
                    + "page's link carries the cursor after (where this page ended), which reads a page as fast however "
                    + "deep it is; page (from 0) still finds a page by number. Rows are in the public order: year, month, "
                    + "mission, category, nationality, type, then a keyed hash.")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, array = @ArraySchema(schema = @Schema(implementation = PublicAllegation.class))),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
    @GetMapping(value = "/allegations", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    void allegations(
            @Parameter(description = "Year received, four digits") @RequestParam(required = false) String year,
            @RequestParam(required = false) String mission,
            @Parameter(description = "ISO 3166-1 alpha-3; matches uniformed personnel only") @RequestParam(required = false) String nationality,
            @Parameter(description = "INT, NS, UNV, MC, MO, UNPOL, FPU, NON_UN, UNKNOWN") @RequestParam(required = false) String personnelCategory,
            @Parameter(description = "RECEIVED ... CLOSED") @RequestParam(required = false) String status,
            @Parameter(description = "json or csv") @RequestParam(required = false) String format,
            @Parameter(description = "Page number, from 0") @RequestParam(required = false) String page,
            @Parameter(description = "Rows per page") @RequestParam(required = false) String size,
            @Parameter(description = "The cursor from the Link header of the page before") @RequestParam(required = false)
            String after,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response) throws IOException {
        List<FieldProblem> errors = new ArrayList<>();
        PublicFilter filter = new PublicFilterParameters(year, mission, nationality, personnelCategory, status).filter(null, errors);
        boolean csv = wantsCsv(format, accept, errors);
        PublicSlice slice = PublicSlice.of(page, size, DEFAULT_PAGE_SIZE, properties.maxPageSize(), blank(after), errors);
        Optional<PublicOrder.Position> position = cursor(after, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        Consumer<Consumer<PublicAllegation>> rows = each -> allegations.forEach(filter, each);
        if (slice != null) {
            PublicAllegations.Page found = allegations.page(filter, slice, position);
            links(slice, found).ifPresent(links -> response.setHeader(HttpHeaders.LINK, links));
            rows = found.rows()::forEach;
        }
        if (csv) {
            response.setContentType(TEXT_CSV_UTF8.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(filter.year() == null ? "allegations.csv" : "allegations-" + filter.year() + ".csv").build().toString());
            PublicAllegationStream.csv(rows, response.getOutputStream());
        } else {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            PublicAllegationStream.json(rows, objectMapper, response.getOutputStream());
        }
    }

    static Optional<PublicOrder.Position> cursor(String after, List<FieldProblem> errors) {
        if (blank(after)) {
            return Optional.empty();
        }
        Optional<PublicOrder.Position> position = PublicCursor.position(after.trim());
        if (position.isEmpty()) {
            errors.add(new FieldProblem("after", "must be a cursor from the Link header of a page of allegations"));
        }
        return position;
    }

    /**
     * Next while a page came back full (the next may be empty), from where it ended; previous after the first, by
     * number (the page number also numbers the next page).
     */
    private static Optional<String> links(PublicSlice slice, PublicAllegations.Page found) {
        PageLinks links = new PageLinks();
        found.last().ifPresent(last -> links.add("next", parameters(slice.page() + 1, slice.size(), PublicCursor.token(last))));
        if (slice.page() > 0) {
            links.add("prev", parameters(slice.page() - 1, slice.size(), null));
        }
        return links.header();
    }

    private static Map<String, Object> parameters(int page, int size, String after) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("page", page);
        parameters.put("size", size);
        parameters.put("after", after);
        return parameters;
    }

    @Operation(summary = "The public figures of the allegations selected",
            description = "The year defaults to the current one (UTC); year=all counts every year.")
    @GetMapping(value = "/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    Anchored<PublicSummary> summary(
            @Parameter(description = "Year received, four digits, or all") @RequestParam(required = false) String year,
            @RequestParam(required = false) String mission,
            @RequestParam(required = false) String nationality,
            @RequestParam(required = false) String personnelCategory,
            @RequestParam(required = false) String status) {
        List<FieldProblem> errors = new ArrayList<>();
        PublicFilter filter = new PublicFilterParameters(year, mission, nationality, personnelCategory, status)
                .filter(Year.now(clock).getValue(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        return new Anchored<>(summaries.of(filter), checkpoints.newestPerService());
    }

    /** An explicit {@code format} wins; otherwise the most preferred of JSON and CSV in {@code Accept}. */
    private static boolean wantsCsv(String format, String accept, List<FieldProblem> errors) {
        if (!blank(format)) {
            String requested = format.trim().toLowerCase(Locale.ROOT);
            if (!requested.equals("json") && !requested.equals("csv")) {
                errors.add(new FieldProblem("format", "must be json or csv"));
            }
            return requested.equals("csv");
        }
        if (blank(accept)) {
            return false;
        }
        List<MediaType> acceptable;
        try {
            acceptable = new ArrayList<>(MediaType.parseMediaTypes(accept));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
        acceptable.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed()
                .thenComparing(MediaType::isWildcardType)
                .thenComparing(MediaType::isWildcardSubtype));
        for (MediaType type : acceptable) {
            if (type.getQualityValue() == 0) {
                continue;
            }
            if (type.isCompatibleWith(MediaType.APPLICATION_JSON)) {
                return false;
            }
            if (type.isCompatibleWith(TEXT_CSV)) {
                return true;
            }
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
