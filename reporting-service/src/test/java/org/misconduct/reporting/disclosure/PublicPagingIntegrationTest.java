package org.misconduct.reporting.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misconduct.testinfra.ServiceTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public pages followed by their links, and the figures counted in one pass, over rows that leave each column of
 * the public order missing in turn: every row once, in the public order, and the same figures as one query per figure.
 */
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false", "misconduct.abuse-protection.public-disclosure.requests=1000000"})
@AutoConfigureMockMvc
class PublicPagingIntegrationTest {

    private static final int ROWS = 150;
    private static final Pattern NEXT = Pattern.compile("<([^>]*)>; rel=\"next\"");
    private static final Pattern NEXT_PAGE = Pattern.compile("id=\"next-page\" href=\"([^\"]*)\"");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "reporting_public_paging");
        ServiceTestProperties.registerDisclosureOrderKey(registry);
    }

    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublicSummaries summaries;

    /**
     * Rows told apart by their days taken; every order column is missing in some, withdrawn reports among them. Their
     * keys come from the database's {@code public_order_key} and the pages' bounds from the service's: walking the
     * pages in the order of the columns holds the two to one encoding.
     */
    @BeforeEach
    void rows() {
        jdbc.update("DELETE FROM public_allegation");
        jdbc.update("""
                INSERT INTO public_allegation (case_reference, received_year, received_month, mission, personnel_category,
                    nationality, allegation_type, status, classification_ranks, breached_clocks, victims_registered,
                    minor_victims, adult_victims, unknown_age_victims, victim_count, referred_at, days_taken, assessed,
                    disclosed, closure_reason, disclosure_order, public_key)
                SELECT *, public_order_key(received_year, received_month, mission, personnel_category, nationality,
                    allegation_type, disclosure_order)
                FROM (SELECT 'ALG-2031-' || lpad(i::text, 6, '0'),
                    CASE WHEN i % 13 = 0 THEN NULL ELSE 2031 + i % 2 END,
                    CASE WHEN i % 11 = 0 THEN NULL ELSE 1 + i % 3 END,
                    CASE WHEN i % 7 = 0 THEN NULL ELSE (ARRAY['MINUSCA', 'MONUSCO'])[1 + i % 2] END,
                    CASE WHEN i % 5 = 0 THEN NULL ELSE (ARRAY['MC', 'FPU', 'INT'])[1 + i % 3] END,
                    CASE WHEN i % 3 = 0 THEN NULL ELSE (ARRAY['XAA', 'XBB'])[1 + i % 2] END,
                    CASE WHEN i % 4 = 0 THEN NULL ELSE (ARRAY['SE', 'SA'])[1 + i % 2] END,
                    (ARRAY['REFERRED', 'UNDER_INVESTIGATION', 'CLOSED'])[1 + i % 3], '{}'::jsonb,
                    CASE WHEN i % 6 = 0 THEN ARRAY['evidence-preservation'] ELSE '{}' END, i % 3, 0, 0, 0,
                    CASE WHEN i % 9 = 0 THEN NULL ELSE 1 + i % 4 END,
                    CASE WHEN i % 2 = 0 THEN now() END, i, TRUE, i % 17 <> 0,
                    CASE WHEN i % 17 = 0 THEN 'DUPLICATE' END, sha256(('row ' || i)::bytea)
                FROM generate_series(1, ?) i) AS given (case_reference, received_year, received_month, mission,
                    personnel_category, nationality, allegation_type, status, classification_ranks, breached_clocks,
                    victims_registered, minor_victims, adult_victims, unknown_age_victims, victim_count, referred_at,
                    days_taken, assessed, disclosed, closure_reason, disclosure_order)""", ROWS);
    }

    @Test
    void followingTheNextLinksGivesEveryRowOnceInThePublicOrder() throws Exception {
        for (String year : List.of("all", "2031")) {
            List<Long> walked = new ArrayList<>();
            Optional<String> next = Optional.of("/api/v1/public/allegations?year=" + year + "&size=7");
            while (next.isPresent()) {
                MvcResult page = http.perform(get(URI.create(next.get()))).andExpect(status().isOk()).andReturn();
                json.readTree(page.getResponse().getContentAsString()).forEach(row -> walked.add(row.get("daysTaken").asLong()));
                next = link(page.getResponse().getHeader(HttpHeaders.LINK));
            }
            assertThat(walked).as("year %s", year).isEqualTo(daysTakenInPublicOrder(year));
        }
    }

    @Test
    void theWholeSelectionStreamsInThePublicOrder() throws Exception {
        List<Long> streamed = new ArrayList<>();
        read(get("/api/v1/public/allegations").param("year", "all")).forEach(row -> streamed.add(row.get("daysTaken").asLong()));
        assertThat(streamed).isEqualTo(daysTakenInPublicOrder("all"));
        String csv = body(get("/api/v1/public/allegations").param("year", "all").param("format", "csv"));
        assertThat(csv.lines().count() - 1).isEqualTo(daysTakenInPublicOrder("all").size());
    }

    @Test
    void theWebPagesNextLinkContinuesWhereThePageEnded() throws Exception {
        int rows = 0;
        int pages = 0;
        Optional<String> next = Optional.of("/?year=all&size=20");
        while (next.isPresent()) {
            String page = body(get(URI.create(next.get())));
            String table = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
            rows += table.split("<tr>", -1).length - 1;
            pages++;
            Matcher link = NEXT_PAGE.matcher(page);
            next = link.find() ? Optional.of(link.group(1).replace("&amp;", "&")) : Optional.empty();
            next.ifPresent(found -> assertThat(found).contains("after="));
        }
        int expected = daysTakenInPublicOrder("all").size();
        assertThat(rows).isEqualTo(expected);
        assertThat(pages).isEqualTo((expected + 19) / 20);
    }

    @Test
    void aCursorTheServiceDidNotIssueIsRefused() throws Exception {
        for (String cursor : List.of("not a cursor", "AAAA", "AQAAB-M")) {
            http.perform(get("/api/v1/public/allegations").param("after", cursor)).andExpect(status().isBadRequest());
        }
    }

    @Test
    void theFiguresInOnePassEqualOneQueryPerFigure() {
        SummaryByScans byScans = new SummaryByScans(jdbc);
        for (PublicFilter filter : List.of(PublicFilter.EVERYTHING, new PublicFilter(2031, null, null, null, null),
                new PublicFilter(2032, "minusca", null, null, null), new PublicFilter(null, null, "XAA", null, null),
                new PublicFilter(2031, null, null, "MC", null), new PublicFilter(null, null, null, null, AllegationStatus.CLOSED),
                new PublicFilter(2031, null, null, null, AllegationStatus.REFERRED), new PublicFilter(1999, null, null, null, null))) {
            assertThat(summaries.of(filter)).as("%s", filter).isEqualTo(byScans.summarize(filter));
            assertThat(summaries.trend(filter)).as("trend of %s", filter)
                    .isEqualTo(byScans.summarize(filter.withYear(null)).byYearAndPersonnelCategory());
        }
        assertThat(summaries.of(PublicFilter.EVERYTHING).closedAtIntake()).isPositive();
    }

    @Test
    void theFilterOptionsAndTheTrendOfEveryRowInOnePassEqualTheirOwnQueries() {
        PublicFilterOptions options = summaries.options();
        assertThat(options.years()).isEqualTo(jdbc.queryForList("SELECT DISTINCT received_year FROM disclosed_allegation"
                + " WHERE received_year IS NOT NULL ORDER BY received_year DESC", Integer.class)).hasSize(2);
        assertThat(options.missions()).isEqualTo(jdbc.queryForList("SELECT DISTINCT mission FROM disclosed_allegation"
                + " WHERE mission IS NOT NULL ORDER BY mission", String.class)).hasSize(2);
        assertThat(options.nationalities()).isEqualTo(jdbc.queryForList("SELECT DISTINCT nationality FROM disclosed_allegation"
                + " WHERE nationality IS NOT NULL AND personnel_category IN ('MC', 'MO', 'UNPOL', 'FPU') ORDER BY nationality",
                String.class)).hasSize(2);
        assertThat(options.trend()).isEqualTo(new SummaryByScans(jdbc).summarize(PublicFilter.EVERYTHING).byYearAndPersonnelCategory());
    }

    /** The public order as first written: each column ascending, a missing value last. */
    private List<Long> daysTakenInPublicOrder(String year) {
        String where = year.equals("all") ? "" : " WHERE received_year = " + Integer.parseInt(year);
        return jdbc.queryForList("SELECT days_taken FROM disclosed_allegation" + where + " ORDER BY received_year,"
                + " received_month, mission, personnel_category, nationality, allegation_type, disclosure_order", Long.class);
    }

    private static Optional<String> link(String header) {
        Matcher next = header == null ? null : NEXT.matcher(header);
        return next != null && next.find() ? Optional.of(next.group(1)) : Optional.empty();
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(body(request));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
