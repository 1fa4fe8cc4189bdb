package org.misconduct.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.misconduct.contracts.Publisher;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.codes.Channel;
import org.misconduct.contracts.investigation.ContingentRepatriated;
import org.misconduct.contracts.investigation.DisciplinaryActionTaken;
import org.misconduct.contracts.investigation.InterimMeasureTaken;
import org.misconduct.contracts.investigation.SuspendedPaymentTransferred;
import org.misconduct.reporting.Recomputation.Case;
import org.misconduct.reporting.Recomputation.Share;
import org.misconduct.reporting.ledger.LedgerFeed;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.ServiceTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A generated history of more than 2,000 allegations, delivered to the service's listener in an
 * order mixed across topics with some redeliveries: the public table, the summaries and the
 * Council reports equal a plain recomputation from the generated events, and again after a rebuild.
 */
// Rebuilds hold far fewer rows than the history has allegations, so rows are let go and read back while rebuilding.
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false", "misconduct.abuse-protection.public-disclosure.requests=1000000",
        "misconduct.reporting.rebuild.held-rows=100"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GeneratedHistoryTest {

    private static final long SEED = 20_261_126L;
    private static final int ALLEGATIONS = 2_100;
    private static final Instant PUBLISHED = Instant.parse("2026-11-01T00:00:00Z");
    /** Known to the test, so that the recomputation can order rows equal in every disclosed field as the service must. */
    private static final byte[] ORDER_KEY = "generated-history-order-key-0001".getBytes(StandardCharsets.US_ASCII);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "reporting_history");
        registry.add("misconduct.disclosure.order-key", () -> Base64.getEncoder().encodeToString(ORDER_KEY));
    }

    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    ApplicationContext context;

    private GeneratedHistory history;
    private Recomputation expected;

    @BeforeAll
    void deliverTheHistory() {
        history = GeneratedHistory.generate(SEED, ALLEGATIONS);
        expected = new Recomputation(history.events, ORDER_KEY);
        LedgerFeed feed = new LedgerFeed(context);
        for (GeneratedHistory.Delivery delivery : history.deliveries) {
            feed.deliver(delivery.topic(), delivery.key(),
                    codec.encode(delivery.event(), delivery.eventId(), Publisher.ofTopic(delivery.topic()).orElseThrow().source(), PUBLISHED));
        }
    }

    @Test
    void theHistoryIsLargeAndVaried() {
        assertThat(expected.cases).hasSizeGreaterThanOrEqualTo(2_000);
        assertThat(history.deliveries.size()).isGreaterThan(history.events.size());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM received_event", Long.class)).isEqualTo(history.events.size());
        for (int year : GeneratedHistory.YEARS) {
            List<Case> cases = expected.ofYear(year);
            assertThat(cases.stream().map(Case::status).distinct()).hasSize(7);
            assertThat(cases.stream().filter(c -> c.breaches.contains("evidence-preservation"))).isNotEmpty();
            assertThat(cases.stream().filter(c -> c.preserved != null && c.preserved.withinClock())).isNotEmpty();
        }
        assertThat(expected.contingentRepatriations).isNotEmpty();
        assertThat(expected.cases.values()).as("Member State action breached").anyMatch(c -> c.breaches.contains("member-state-action"))
                .as("Member State action within its clock").anyMatch(c -> Boolean.TRUE.equals(c.memberStateActionWithinClock()))
                .as("action recorded for a subject of another category").anyMatch(c -> !c.memberStateActions.isEmpty() && c.nationality() == null)
                .as("non-UN forces notified late").anyMatch(c -> c.breaches.contains("non-un-notification") && !c.nonUnNotifications.isEmpty())
                .as("a referral with several outcomes").anyMatch(c -> c.referralOutcomes.size() > 1)
                .as("a victim contacted after the breach").anyMatch(c -> c.firstContacts.stream().anyMatch(f -> !f.withinClock()));
        assertThat(expected.cases.values()).extracting(c -> c.registered.channel()).as("every channel, and registrations naming none")
                .containsAll(GeneratedHistory.CHANNELS).containsNull();
        assertThat(expected.cases.values()).as("never assessed").anyMatch(c -> c.assessed == null)
                .as("withdrawn after assessment").anyMatch(c -> c.assessed != null && c.withdrawnAtIntake())
                .as("closed at intake, still public").anyMatch(c -> c.disclosed() && c.closed != null)
                .as("a complaint naming another nationality than the assessment").anyMatch(c -> c.assessed != null
                        && c.registered.allegedNationality() != null && !c.registered.allegedNationality().equals(c.assessed.nationality()));
        List<Map<String, Object>> rows = expected.publicRows(null);
        long distinctOrderFields = rows.stream().map(row -> java.util.Arrays.asList(row.get("yearReceived"), row.get("monthReceived"),
                row.get("mission"), row.get("personnelCategory"), row.get("nationality"), row.get("allegationType"))).distinct().count();
        assertThat(distinctOrderFields).as("rows equal in every field of the order, left to the keyed hash").isLessThan(rows.size() - 50);
    }

    @Test
    void thePublicTableEqualsTheRecomputation() throws Exception {
        assertThat(publicRows(get("/api/v1/public/allegations"))).isEqualTo(expected.publicRows(null));
        for (int year : GeneratedHistory.YEARS) {
            assertThat(publicRows(get("/api/v1/public/allegations").param("year", String.valueOf(year))))
                    .isEqualTo(expected.publicRows(year));
        }
        List<Map<String, Object>> filtered = expected.publicRows(2025).stream()
                .filter(row -> "MINUSCA".equals(row.get("mission")) && "XAA".equals(row.get("nationality"))
                        && "SUBSTANTIATED".equals(row.get("status")))
                .toList();
        assertThat(filtered).isNotEmpty();
        assertThat(publicRows(get("/api/v1/public/allegations").param("year", "2025").param("mission", "minusca")
                .param("nationality", "XAA").param("status", "SUBSTANTIATED")))
                .isEqualTo(filtered);
        assertThat(publicRows(get("/api/v1/public/allegations").param("year", "2025").param("personnelCategory", "MC")))
                .isEqualTo(expected.publicRows(2025).stream().filter(row -> "MC".equals(row.get("personnelCategory"))).toList());
    }

    @Test
    void pagesOfTheTableAddUpToTheWholeTableAndTheCsvHasEveryRow() throws Exception {
        List<Map<String, Object>> all = expected.publicRows(null);
        assertThat(all.size()).as("more rows than one batch of the stream").isGreaterThan(3 * 500);
        List<Map<String, Object>> paged = new ArrayList<>();
        int size = 333;
        for (int page = 0; page * size < all.size() + size; page++) {
            MockHttpServletRequestBuilder request = get("/api/v1/public/allegations").param("page", String.valueOf(page))
                    .param("size", String.valueOf(size));
            String links = http.perform(request).andReturn().getResponse().getHeader("Link");
            List<Map<String, Object>> rows = publicRows(request);
            assertThat(rows.size()).isLessThanOrEqualTo(size);
            assertThat(links == null ? "" : links).as("links of page %d", page)
                    .contains(rows.size() == size ? "rel=\"next\"" : "").contains(page > 0 ? "rel=\"prev\"" : "");
            paged.addAll(rows);
        }
        assertThat(paged).isEqualTo(all);
        String csv = body(get("/api/v1/public/allegations").param("format", "csv"));
        assertThat(csv.split("\r\n")).hasSize(all.size() + 1);
    }

    @Test
    void theSummariesEqualTheRecomputation() throws Exception {
        for (int year : GeneratedHistory.YEARS) {
            JsonNode summary = read(get("/api/v1/public/summary").param("year", String.valueOf(year)));
            List<Map<String, Object>> rows = expected.publicRows(year);
            assertThat(summary.get("allegations").asLong()).isEqualTo(rows.size());
            Map<String, Long> byStatus = new TreeMap<>(Recomputation.countBy(rows, "status"));
            assertThat(nonZero(counts(summary.get("byStatus")))).isEqualTo(byStatus);
            assertThat(counts(summary.get("byMission"))).isEqualTo(Recomputation.countBy(rows, "mission"));
            assertThat(counts(summary.get("byPersonnelCategory"))).isEqualTo(Recomputation.countBy(rows, "personnelCategory"));
            assertThat(counts(summary.get("byNationality"))).isEqualTo(Recomputation.countBy(rows, "nationality"));
            assertThat(counts(summary.get("byYear"))).isEqualTo(rows.isEmpty() ? Map.of() : Map.of(String.valueOf(year), (long) rows.size()));
            assertThat(summary.get("closedAtIntake").asLong()).isEqualTo(expected.closedAtIntake(year)).isPositive();
        }
        JsonNode all = read(get("/api/v1/public/summary").param("year", "all"));
        assertThat(counts(all.get("byYear"))).isEqualTo(Recomputation.countBy(expected.publicRows(null), "yearReceived"));
        for (int year : GeneratedHistory.YEARS) {
            assertThat(counts(all.get("byYearAndPersonnelCategory").get(String.valueOf(year))))
                    .isEqualTo(Recomputation.countBy(expected.publicRows(year), "personnelCategory"));
        }
    }

    @Test
    void theCouncilReportsEqualTheRecomputationAndTraceEveryFigure() throws Exception {
        for (int year : GeneratedHistory.YEARS) {
            JsonNode report = read(asConductOfficer(get("/api/v1/council-reports/" + year)));
            Map<String, Expected> figures = expectedFigures(year);
            List<String> reported = new ArrayList<>();
            report.forEach(field -> collectFigures(field, reported));
            assertThat(new TreeSet<>(reported)).as("figures of %d", year).isEqualTo(figures.keySet());
            for (Map.Entry<String, Expected> figure : figures.entrySet()) {
                JsonNode actual = figureById(report, figure.getKey());
                figure.getValue().check(figure.getKey(), actual);
                JsonNode cases = read(asConductOfficer(get(actual.get("cases").asText())));
                assertThat(strings(cases.get("caseReferences"))).as("cases of %s in %d", figure.getKey(), year)
                        .isEqualTo(List.copyOf(new TreeSet<>(figure.getValue().counted())));
                assertThat(strings(cases.get("outOfCaseReferences"))).as("out of of %s in %d", figure.getKey(), year)
                        .isEqualTo(List.copyOf(new TreeSet<>(figure.getValue().outOfCases())));
            }
        }
    }

    @Test
    void theCouncilReportPrintsAsAPageAndRefusesUnknownFigures() throws Exception {
        for (String path : List.of("/council-reports/2025", "/api/v1/council-reports/2025")) {
            String page = http.perform(asConductOfficer(get(path)).accept(MediaType.TEXT_HTML))
                    .andExpect(status().isOk())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getContentAsString();
            JsonNode report = read(asConductOfficer(get("/api/v1/council-reports/2025")));
            assertThat(page).contains("2025", report.at("/evidencePreservedWithinClock/cases").asText(),
                    report.at("/contingentRepatriations/cases").asText(), String.valueOf(report.at("/allegations/count").asLong()));
        }
        http.perform(asConductOfficer(get("/api/v1/council-reports/2025/figures/no-such-figure/cases")))
                .andExpect(status().isNotFound());
        http.perform(asConductOfficer(get("/api/v1/council-reports/25")))
                .andExpect(status().isBadRequest());
        http.perform(get("/api/v1/council-reports/2025/figures/allegations/cases")
                        .with(jwt().authorities(new SimpleGrantedAuthority("ROLE_admin"))))
                .andExpect(status().isForbidden());
    }

    @Test
    @Order(Integer.MAX_VALUE - 1)
    void aRebuildWhileTheServiceRunsGivesTheSameFigures() throws Exception {
        List<String> before = everyFigure();
        jdbc.update("UPDATE public_allegation SET status = 'RECEIVED', days_taken = 0, disclosed = NOT disclosed, disclosure_order = NULL");
        jdbc.update("DELETE FROM final_action");
        jdbc.update("DELETE FROM allegation_channel WHERE channel = 'HOTLINE'");

        http.perform(asAdmin(post("/api/v1/projections/rebuild")))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/v1/projections/status"));
        long ledger = jdbc.queryForObject("SELECT count(*) FROM received_event", Long.class);
        await("rebuild finished").atMost(Duration.ofMinutes(5)).until(() -> rebuildState().equals("SUCCEEDED"));
        JsonNode status = read(asAdmin(get("/api/v1/projections/status")));
        assertThat(status.get("ledgerEvents").asLong()).isEqualTo(ledger);
        assertThat(status.at("/rebuild/eventsTotal").asLong()).isEqualTo(ledger);
        assertThat(status.at("/rebuild/eventsDone").asLong()).isEqualTo(ledger);
        assertThat(status.at("/rebuild/eventsPerSecond").decimalValue()).isPositive();
        assertThat(status.get("topics")).hasSize(3);

        assertThat(everyFigure()).isEqualTo(before);
    }

    /** Runs last: events keep arriving while a rebuild runs, and land on the rebuilt figures. */
    @Test
    @Order(Integer.MAX_VALUE)
    void eventsReceivedDuringARebuildLandOnTheRebuiltFigures() throws Exception {
        GeneratedHistory more = GeneratedHistory.continuation(SEED + 1, 900_001, 40);
        http.perform(asAdmin(post("/api/v1/projections/rebuild"))).andExpect(status().isAccepted());
        Thread receiving = new Thread(() -> {
            LedgerFeed feed = new LedgerFeed(context);
            more.deliveries.forEach(delivery -> feed.deliver(delivery.topic(), delivery.key(),
                    codec.encode(delivery.event(), delivery.eventId(), Publisher.ofTopic(delivery.topic()).orElseThrow().source(), PUBLISHED)));
        });
        receiving.start();
        http.perform(asAdmin(post("/api/v1/projections/rebuild"))).andExpect(status().isConflict());
        receiving.join(Duration.ofMinutes(5).toMillis());
        await("rebuild finished").atMost(Duration.ofMinutes(5)).until(() -> rebuildState().equals("SUCCEEDED"));

        List<org.misconduct.contracts.PublishedEvent> all = new ArrayList<>(history.events);
        all.addAll(more.events);
        Recomputation everything = new Recomputation(all, ORDER_KEY);
        assertThat(publicRows(get("/api/v1/public/allegations"))).isEqualTo(everything.publicRows(null));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM received_event", Long.class)).isEqualTo(all.size());
    }

    // --- the expected Council figures, from the recomputation -------------------------------------------------

    private Map<String, Expected> expectedFigures(int year) {
        List<Case> cases = expected.ofYear(year);
        Map<String, Expected> figures = new TreeMap<>();
        figures.put("allegations", Expected.count(cases.size(), refs(cases)));
        Share evidence = Recomputation.share(cases.stream().filter(c -> "SE".equals(c.type()) || "SA".equals(c.type())).toList(),
                "evidence-preservation", c -> c.preserved == null ? null : c.preserved.withinClock());
        figures.put("evidence-preserved-within-clock", Expected.share(evidence));
        figures.put("investigations-completed-within-clock", Expected.share(Recomputation.share(
                cases.stream().filter(c -> c.completed != null).toList(), "investigation", c -> c.completed.withinClock())));
        figures.put("member-state-intent-within-clock", Expected.share(Recomputation.share(cases, "member-state-intent",
                c -> c.responded == null ? null : c.responded.withinClock())));
        figures.put("nio-appointment-within-clock", Expected.share(Recomputation.share(cases, "nio-appointment",
                c -> c.nio == null ? null : c.nio.withinClock())));
        List<Case> completed = cases.stream().filter(c -> c.completed != null).toList();
        List<Long> days = completed.stream().map(c -> c.completed.daysTaken()).toList();
        figures.put("investigation-days-median", Expected.value(Recomputation.median(days), refs(completed)));
        figures.put("investigation-days-p90", Expected.value(Recomputation.percentile90(days), refs(completed)));
        List<Case> openBreached = cases.stream().filter(c -> !Set.of("SUBSTANTIATED", "NOT_SUBSTANTIATED", "CLOSED").contains(c.status())
                && !c.breaches.isEmpty()).toList();
        figures.put("open-breached-cases", Expected.count(openBreached.size(), refs(openBreached)));

        List<InterimMeasureTaken> measures = cases.stream().flatMap(c -> c.measures.stream()).toList();
        figures.put("interim-measures", Expected.count(measures.size(), refsOf(measures, InterimMeasureTaken::caseReference)));
        group(measures, InterimMeasureTaken::kind).forEach((kind, ofKind) -> figures.put("interim-measures." + kind,
                Expected.count(ofKind.size(), refsOf(ofKind, InterimMeasureTaken::caseReference))));
        group(measures.stream().filter(m -> m.kind().equals("PAYMENT_SUSPENSION")).toList(), InterimMeasureTaken::currency)
                .forEach((currency, suspended) -> figures.put("payments-suspended." + currency, Expected.amount(suspended.size(),
                        suspended.stream().map(InterimMeasureTaken::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                        refsOf(suspended, InterimMeasureTaken::caseReference))));
        List<SuspendedPaymentTransferred> transfers = cases.stream().flatMap(c -> c.transfers.stream()).toList();
        group(transfers, SuspendedPaymentTransferred::currency).forEach((currency, transferred) -> figures.put(
                "payments-transferred." + currency, Expected.amount(transferred.size(),
                        transferred.stream().map(SuspendedPaymentTransferred::amount).reduce(BigDecimal.ZERO, BigDecimal::add),
                        refsOf(transferred, SuspendedPaymentTransferred::caseReference))));
        List<DisciplinaryActionTaken> actions = cases.stream().flatMap(c -> c.actions.stream()).toList();
        group(actions, action -> action.kind() + "." + action.by()).forEach((key, taken) -> figures.put("final-actions." + key,
                Expected.count(taken.size(), refsOf(taken, DisciplinaryActionTaken::caseReference))));
        List<DisciplinaryActionTaken> repatriations = actions.stream().filter(a -> a.kind().equals("REPATRIATION")).toList();
        figures.put("repatriations.individual", Expected.count(repatriations.size(),
                refsOf(repatriations, DisciplinaryActionTaken::caseReference)));
        List<ContingentRepatriated> contingents = expected.contingentRepatriations.stream()
                .filter(r -> Recomputation.yearOf(r.decidedAt()) == year).toList();
        Set<String> contingentCases = new TreeSet<>();
        contingents.forEach(r -> contingentCases.addAll(r.caseReferences()));
        figures.put("repatriations.contingents", Expected.count(contingents.size(), contingentCases));
        followThroughFigures(cases, measures, actions, figures);
        Map<String, Set<String>> byChannel = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            byChannel.put(channel.name(), new TreeSet<>());
        }
        cases.forEach(c -> byChannel.computeIfAbsent(c.registered.channel() == null ? "UNKNOWN" : c.registered.channel(),
                channel -> new TreeSet<>()).add(c.ref));
        byChannel.forEach((channel, received) -> figures.put("allegations.channel." + channel, Expected.count(received.size(), received)));
        return figures;
    }

    private void followThroughFigures(List<Case> cases, List<InterimMeasureTaken> measures, List<DisciplinaryActionTaken> actions,
                                      Map<String, Expected> figures) {
        group(cases.stream().filter(c -> c.category() != null && c.nationality() != null).toList(), Case::nationality).forEach((nationality, ofState) -> {
            String prefix = "member-states." + nationality + ".";
            Set<String> refs = refs(ofState);
            figures.put(prefix + "allegations", Expected.count(ofState.size(), refs));
            figures.put(prefix + "member-state-intent-within-clock", Expected.share(Recomputation.share(ofState, "member-state-intent",
                    c -> c.responded == null ? null : c.responded.withinClock())));
            figures.put(prefix + "nio-appointment-within-clock", Expected.share(Recomputation.share(ofState, "nio-appointment",
                    c -> c.nio == null ? null : c.nio.withinClock())));
            List<Case> substantiated = ofState.stream().filter(c -> c.status().equals("SUBSTANTIATED")).toList();
            figures.put(prefix + "substantiated", Expected.count(substantiated.size(), refs(substantiated)));
            figures.put(prefix + "member-state-action-within-clock", Expected.share(Recomputation.share(ofState, "member-state-action",
                    Case::memberStateActionWithinClock)));
            List<DisciplinaryActionTaken> repatriated = actions.stream()
                    .filter(a -> a.kind().equals("REPATRIATION") && refs.contains(a.caseReference())).toList();
            figures.put(prefix + "repatriations", Expected.count(repatriated.size(), refsOf(repatriated, DisciplinaryActionTaken::caseReference)));
            List<InterimMeasureTaken> suspended = measures.stream()
                    .filter(m -> m.kind().equals("PAYMENT_SUSPENSION") && refs.contains(m.caseReference())).toList();
            figures.put(prefix + "payments-suspended", Expected.count(suspended.size(), refsOf(suspended, InterimMeasureTaken::caseReference)));
        });
        figures.put("member-state-actions-within-clock", Expected.share(Recomputation.share(cases, "member-state-action",
                Case::memberStateActionWithinClock)));
        figures.put("non-un-notifications-within-clock", Expected.share(Recomputation.share(cases, "non-un-notification",
                Case::nonUnNotificationWithinClock)));
        long contacted = 0;
        long measured = 0;
        Set<String> contactedCases = new TreeSet<>();
        Set<String> measuredCases = new TreeSet<>();
        for (Case c : cases) {
            Map<String, Boolean> victims = c.victimsFirstContact();
            long within = victims.values().stream().filter(Boolean::booleanValue).count();
            contacted += within;
            measured += victims.size();
            if (within > 0) {
                contactedCases.add(c.ref);
            }
            if (!victims.isEmpty()) {
                measuredCases.add(c.ref);
            }
        }
        figures.put("victims-first-contacted-within-clock", new Expected(contacted, measured, measured == 0 ? null
                : BigDecimal.valueOf(contacted).divide(BigDecimal.valueOf(measured), 4, java.math.RoundingMode.HALF_UP), null, null,
                contactedCases, measuredCases));
        List<Map.Entry<String, String>> referrals = new ArrayList<>();
        cases.forEach(c -> c.referralStatuses().values().forEach(status -> referrals.add(Map.entry(c.ref, status))));
        group(referrals, Map.Entry::getValue).forEach((status, withStatus) -> figures.put("criminal-referral-outcomes." + status,
                Expected.count(withStatus.size(), refsOf(withStatus, Map.Entry::getKey))));
    }

    /** What one figure must show, and the cases it must list. */
    private record Expected(Long count, Long outOf, BigDecimal share, BigDecimal value, BigDecimal amount,
                            Set<String> counted, Set<String> outOfCases) {

        static Expected count(long count, Set<String> cases) {
            return new Expected(count, null, null, null, null, cases, Set.of());
        }

        static Expected share(Share share) {
            return new Expected((long) share.met().size(), (long) share.outOf().size(), share.ratio(), null, null, share.met(), share.outOf());
        }

        static Expected value(BigDecimal value, Set<String> cases) {
            return new Expected((long) cases.size(), null, null, value, null, cases, Set.of());
        }

        static Expected amount(long count, BigDecimal amount, Set<String> cases) {
            return new Expected(count, null, null, null, amount, cases, Set.of());
        }

        void check(String id, JsonNode actual) {
            assertThat(actual.get("count").asLong()).as("count of %s", id).isEqualTo(count);
            assertDecimal(id + " outOf", actual.get("outOf"), outOf == null ? null : BigDecimal.valueOf(outOf));
            assertDecimal(id + " share", actual.get("share"), share);
            assertDecimal(id + " value", actual.get("value"), value);
            assertDecimal(id + " amount", actual.get("amount"), amount);
        }

        private static void assertDecimal(String what, JsonNode actual, BigDecimal expected) {
            if (expected == null) {
                assertThat(actual).as(what).isNull();
            } else {
                assertThat(actual).as(what).isNotNull();
                assertThat(actual.decimalValue()).as(what).isEqualByComparingTo(expected);
            }
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** Every public and Council figure, as the service answers. */
    private List<String> everyFigure() throws Exception {
        List<String> answers = new ArrayList<>();
        answers.add(body(get("/api/v1/public/allegations")));
        answers.add(body(get("/api/v1/public/summary").param("year", "all")));
        for (int year : GeneratedHistory.YEARS) {
            answers.add(body(get("/api/v1/public/summary").param("year", String.valueOf(year))));
            answers.add(body(asConductOfficer(get("/api/v1/council-reports/" + year))));
        }
        return answers;
    }

    /** Figures stand alone, in lists, or in the rows of a table such as the Member States'. */
    private static void collectFigures(JsonNode node, List<String> ids) {
        if (node.isObject() && node.has("id")) {
            ids.add(node.get("id").asText());
        } else if (node.isContainerNode()) {
            node.forEach(element -> collectFigures(element, ids));
        }
    }

    private static JsonNode figureById(JsonNode report, String id) {
        List<JsonNode> found = new ArrayList<>();
        collectById(report, id, found);
        assertThat(found).as("figure %s", id).hasSize(1);
        return found.get(0);
    }

    private static void collectById(JsonNode node, String id, List<JsonNode> found) {
        if (node.isObject() && node.has("id")) {
            if (id.equals(node.get("id").asText())) {
                found.add(node);
            }
        } else if (node.isContainerNode()) {
            node.forEach(element -> collectById(element, id, found));
        }
    }

    private static <T> Map<String, List<T>> group(List<T> items, Function<T, String> key) {
        Map<String, List<T>> groups = new TreeMap<>();
        items.forEach(item -> groups.computeIfAbsent(key.apply(item), k -> new ArrayList<>()).add(item));
        return groups;
    }

    private static Set<String> refs(List<Case> cases) {
        Set<String> refs = new TreeSet<>();
        cases.forEach(c -> refs.add(c.ref));
        return refs;
    }

    private static <T> Set<String> refsOf(List<T> events, Function<T, String> ref) {
        Set<String> refs = new TreeSet<>();
        events.forEach(event -> refs.add(ref.apply(event)));
        return refs;
    }

    private static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> counts = new TreeMap<>();
        node.fields().forEachRemaining(field -> counts.put(field.getKey(), field.getValue().asLong()));
        return counts;
    }

    private static Map<String, Long> nonZero(Map<String, Long> counts) {
        Map<String, Long> nonZero = new TreeMap<>(counts);
        nonZero.values().removeIf(count -> count == 0);
        return nonZero;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private List<Map<String, Object>> publicRows(MockHttpServletRequestBuilder request) throws Exception {
        List<Map<String, Object>> rows = json.readValue(body(request), new TypeReference<>() {
        });
        // JSON numbers come back as Integer or Long depending on size; the recomputation holds ints and longs.
        return rows.stream().map(row -> {
            Map<String, Object> normalised = new LinkedHashMap<>(row);
            if (normalised.get("daysTaken") instanceof Integer days) {
                normalised.put("daysTaken", days.longValue());
            }
            return normalised;
        }).toList();
    }

    private String rebuildState() {
        try {
            String state = read(asAdmin(get("/api/v1/projections/status"))).at("/rebuild/state").asText();
            assertThat(state).isNotEqualTo("FAILED");
            return state;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(body(request));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder asConductOfficer(MockHttpServletRequestBuilder request) {
        return request.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_conduct-officer")));
    }

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_admin")));
    }
}
