package org.misconduct.reporting.disclosure;

import java.time.Clock;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import org.misconduct.contracts.codes.PersonnelCategory;
import org.misconduct.web.ApiProblems.FieldProblem;
import org.misconduct.web.InvalidRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The public disclosure page: the table with its filters, the figures as charts, and the CSV. No script. */
@Controller
class PublicDisclosurePage {

    /** Contingents and formed units first, then other uniformed personnel, then staff, then the rest. */
    static final List<String> CATEGORY_ORDER = Arrays.stream(PersonnelCategory.values())
            .sorted(Comparator.comparing((PersonnelCategory category) -> !category.servesInContingent())
                    .thenComparing(category -> !category.uniformed())
                    .thenComparing(category -> !category.unStaff()))
            .map(Enum::name)
            .toList();

    private final PublicAllegations allegations;
    private final PublicFigures summaries;
    private final PublicDisclosureProperties properties;
    private final Clock clock;

    PublicDisclosurePage(PublicAllegations allegations, PublicFigures summaries, PublicDisclosureProperties properties,
                         Clock clock) {
        this.allegations = allegations;
        this.summaries = summaries;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(summary = "The public disclosure page (HTML, English or French)")
    @GetMapping(value = "/", produces = MediaType.TEXT_HTML_VALUE)
    String page(@RequestParam(required = false) String year,
                @RequestParam(required = false) String mission,
                @RequestParam(required = false) String nationality,
                @RequestParam(required = false) String personnelCategory,
                @RequestParam(required = false) String status,
                @RequestParam(required = false) String page,
                @RequestParam(required = false) String size,
                @RequestParam(required = false) String after,
                @RequestParam(name = PageLanguage.PARAMETER, required = false) String lang,
                Model model) {
        PublicFilterOptions options = summaries.options();
        List<Integer> years = options.years();
        Integer newestYear = years.isEmpty() ? Year.now(clock).getValue() : years.get(0);
        List<FieldProblem> errors = new ArrayList<>();
        PublicFilter filter = new PublicFilterParameters(year, mission, nationality, personnelCategory, status).filter(newestYear, errors);
        PublicSlice slice = PublicSlice.of(page, size, PublicDisclosureController.DEFAULT_PAGE_SIZE, properties.maxPageSize(), false,
                errors);
        Optional<PublicOrder.Position> position = PublicDisclosureController.cursor(after, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        PublicSummary summary = summaries.of(filter);
        Map<String, Map<String, Long>> trend = filter.withYear(null).equals(PublicFilter.EVERYTHING) ? options.trend()
                : summaries.trend(filter);

        model.addAttribute("filter", filter);
        model.addAttribute("years", years);
        model.addAttribute("missions", options.missions());
        model.addAttribute("nationalities", options.nationalities());
        model.addAttribute("categories", CATEGORY_ORDER);
        model.addAttribute("statuses", Arrays.stream(AllegationStatus.values()).map(Enum::name).toList());
        PublicAllegations.Page found = allegations.page(filter, slice, position);
        List<PublicAllegation> rows = found.rows();
        model.addAttribute("rows", rows);
        model.addAttribute("firstRow", rows.isEmpty() ? 0 : slice.offset() + 1);
        model.addAttribute("lastRow", slice.offset() + rows.size());
        model.addAttribute("previousPage", slice.page() == 0 ? null
                : pageLink(filter, lang, slice.page() - 1, slice.size(), Optional.empty()));
        model.addAttribute("nextPage", found.last().isEmpty() || slice.offset() + slice.size() >= summary.allegations() ? null
                : pageLink(filter, lang, slice.page() + 1, slice.size(), found.last()));
        model.addAttribute("summary", summary);
        model.addAttribute("perYear", BarChart.stacked(trend, CATEGORY_ORDER));
        model.addAttribute("perNationality", BarChart.simple(summary.byNationality()));
        model.addAttribute("perStatus", BarChart.simple(nonZero(summary.byStatus())));
        model.addAttribute("csv", csvLink(filter));
        model.addAttribute("lang", lang);
        return "disclosure/page";
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> nonZero = new LinkedHashMap<>(counts);
        nonZero.values().removeIf(count -> count == 0);
        return nonZero;
    }

    private static String csvLink(PublicFilter filter) {
        return withFilter(UriComponentsBuilder.fromPath("/api/v1/public/allegations").queryParam("format", "csv"), filter)
                .encode().build().toUriString();
    }

    /** A page by number; the next one also from where this one ended, which finds it as fast however deep. */
    private static String pageLink(PublicFilter filter, String lang, int page, int size, Optional<PublicOrder.Position> after) {
        UriComponentsBuilder link = withFilter(UriComponentsBuilder.fromPath("/").queryParam("year",
                filter.year() == null ? PublicFilterParameters.ALL_YEARS : filter.year()), filter);
        if (lang != null) {
            link.queryParam(PageLanguage.PARAMETER, lang);
        }
        link.queryParam("page", page).queryParam("size", size);
        after.ifPresent(position -> link.queryParam("after", PublicCursor.token(position)));
        return link.encode().build().toUriString();
    }

    private static UriComponentsBuilder withFilter(UriComponentsBuilder link, PublicFilter filter) {
        if (filter.year() != null && !link.build().getQueryParams().containsKey("year")) {
            link.queryParam("year", filter.year());
        }
        if (filter.mission() != null) {
            link.queryParam("mission", filter.mission());
        }
        if (filter.nationality() != null) {
            link.queryParam("nationality", filter.nationality());
        }
        if (filter.personnelCategory() != null) {
            link.queryParam("personnelCategory", filter.personnelCategory());
        }
        if (filter.status() != null) {
            link.queryParam("status", filter.status().name());
        }
        return link;
    }
}
