package org.misconduct.reporting.council;

import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.Operation;
import org.misconduct.domain.NotFound;
import org.misconduct.reporting.integrity.Anchored;
import org.misconduct.reporting.integrity.ReceivedCheckpoints;
import org.misconduct.web.InvalidRequest;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/** The Council report for conduct officers: JSON, a printable page, and the cases behind every figure. */
@Controller
class CouncilReportController {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final CouncilReports reports;
    private final ReceivedCheckpoints checkpoints;

    CouncilReportController(CouncilReports reports, ReceivedCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
        this.reports = reports;
    }

    @Operation(summary = "The Council report of a year", description = "Every figure links to the cases behind it.")
    @GetMapping(value = "/api/v1/council-reports/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Anchored<CouncilReport> report(@PathVariable String year) {
        return new Anchored<>(reports.calculate(yearOf(year)).report(), checkpoints.newestPerService());
    }

    @Operation(summary = "The case references behind one figure of a Council report")
    @GetMapping(value = "/api/v1/council-reports/{year}/figures/{figure}/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    FigureCases cases(@PathVariable String year, @PathVariable String figure) {
        FigureCases cases = reports.calculate(yearOf(year)).casesOf(figure);
        if (cases == null) {
            throw new NotFound("The report of " + year + " has no figure " + figure);
        }
        return cases;
    }

    @Operation(summary = "The Council report of a year as a printable page")
    @GetMapping(value = {"/api/v1/council-reports/{year}", "/council-reports/{year}"}, produces = MediaType.TEXT_HTML_VALUE)
    String printable(@PathVariable String year, Model model) {
        model.addAttribute("report", reports.calculate(yearOf(year)).report());
        return "council/report";
    }

    private static int yearOf(String year) {
        if (!YEAR.matcher(year).matches()) {
            throw new InvalidRequest("year", "must be a four-digit year");
        }
        return Integer.parseInt(year);
    }
}
