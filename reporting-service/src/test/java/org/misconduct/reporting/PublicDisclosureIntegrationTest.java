package org.misconduct.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.Publisher;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.Topics;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationClosed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.reporting.ledger.LedgerFeed;
import org.misconduct.reporting.ledger.ProjectionRebuild;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.ServiceTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the public sees of an allegation and where: nothing before intake's assessment, the assessment's nationality
 * after it, nothing again once closed as not concerning UN personnel; and rows in an order the order of receipt
 * does not change. A rebuild gives the same. The figures are asserted right after each event, so they are counted
 * for every answer here, not held for their maximum age.
 */
@SpringBootTest(properties = {"spring.kafka.listener.auto-startup=false", "misconduct.abuse-protection.public-disclosure.requests=1000000",
        "misconduct.disclosure.figures-max-age=PT0S"})
@AutoConfigureMockMvc
class PublicDisclosureIntegrationTest {

    private static final Instant PUBLISHED = Instant.parse("2026-11-01T00:00:00Z");
    private static final int EQUAL_ROWS = 24;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "reporting_disclosure");
        ServiceTestProperties.registerDisclosureOrderKey(registry);
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
    @Autowired
    ProjectionRebuild rebuild;

    @Test
    void aComplaintsNationalityIsNeverPublicAndAClosureAsNotUnPersonnelWithdrawsTheRow() throws Exception {
        String ref = "ALG-2024-000001";
        Instant received = Instant.parse("2024-07-03T10:00:00Z");
        deliver(new AllegationRegistered(ref, "UNMISS", "WEB", "MC", "XQZ", 2, false, received));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM public_allegation WHERE case_reference = ?", Long.class, ref))
                .as("received and counted for the Council report").isOne();
        assertNotPublic("XQZ");
        assertThat(read(get("/api/v1/public/summary").param("year", "2024")).get("allegations").asLong()).isZero();

        deliver(new AllegationAssessed(ref, "SE", "TRANSACTIONAL_SEX", "MC", "XQY", "XQY-BATT-1", 2, false, "NORMAL",
                received.plus(Duration.ofHours(5))));
        JsonNode rows = read(get("/api/v1/public/allegations").param("year", "2024"));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("nationality").asText()).isEqualTo("XQY");
        assertThat(rows.get(0).get("status").asText()).isEqualTo("UNDER_ASSESSMENT");
        assertThat(read(get("/api/v1/public/summary").param("year", "2024")).at("/byNationality/XQY").asLong()).isOne();
        assertNotPublic("XQZ");

        deliver(new AllegationClosed(ref, "NOT_UN_PERSONNEL", received.plus(Duration.ofDays(1))));
        assertWithdrawn();
        rebuild.rebuild();
        assertWithdrawn();
        assertNotPublic("XQZ");
    }

    @Test
    void rowsEqualInEveryDisclosedFieldKeepOneOrderWhateverTheOrderOfReceipt() throws Exception {
        List<Integer> inOrder = IntStream.range(0, EQUAL_ROWS).boxed().toList();
        List<Integer> reversed = new ArrayList<>(inOrder);
        Collections.reverse(reversed);
        List<Integer> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, new Random(11));

        List<Long> order = receiveInOrder(inOrder);
        assertThat(receiveInOrder(reversed)).isEqualTo(order);
        assertThat(receiveInOrder(shuffled)).isEqualTo(order);
        assertThat(order).as("neither the order of receipt nor its reverse")
                .isNotEqualTo(order.stream().sorted().toList())
                .isNotEqualTo(order.stream().sorted(Comparator.reverseOrder()).toList());

        rebuild.rebuild();
        assertThat(daysTakenInPublicOrder()).isEqualTo(order);
    }

    @Test
    void thePageShowsOnePageOfRowsWithLinksToTheOthers() throws Exception {
        receiveInOrder(IntStream.range(0, EQUAL_ROWS).boxed().toList());
        String first = body(get("/").param("year", "2025").param("size", "10"));
        assertThat(first).contains("id=\"next-page\"", "page=1&amp;size=10").doesNotContain("id=\"previous-page\"");
        assertThat(rowsOf(first)).isEqualTo(10);
        String last = body(get("/").param("year", "2025").param("size", "10").param("page", "2"));
        assertThat(last).contains("id=\"previous-page\"").doesNotContain("id=\"next-page\"");
        assertThat(rowsOf(last)).isEqualTo(EQUAL_ROWS - 20);
        assertThat(last).contains("Rows 21 to 24 of 24");
        String beyond = body(get("/").param("year", "2025").param("size", "10").param("page", "9"));
        assertThat(rowsOf(beyond)).isZero();
        assertThat(beyond).contains("id=\"previous-page\"").doesNotContain("id=\"next-page\"");

        List<Long> pages = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            read(get("/api/v1/public/allegations").param("year", "2025").param("page", String.valueOf(page)).param("size", "10"))
                    .forEach(row -> pages.add(row.get("daysTaken").asLong()));
        }
        assertThat(pages).isEqualTo(daysTakenInPublicOrder());
    }

    private static int rowsOf(String page) {
        String body = page.substring(page.indexOf("<tbody>"), page.indexOf("</tbody>"));
        return body.split("<tr>", -1).length - 1;
    }

    /**
     * The same allegations, numbered 1 to {@value #EQUAL_ROWS} and equal in every disclosed field but the days
     * taken (which tells them apart), received at the times the permutation gives them, and in that order.
     * @return each allegation's number (its days taken), in the public order
     */
    private List<Long> receiveInOrder(List<Integer> receiptSlots) throws Exception {
        jdbc.update("DELETE FROM received_event WHERE case_reference LIKE 'ALG-2025-%'");
        jdbc.update("DELETE FROM public_allegation WHERE case_reference LIKE 'ALG-2025-%'");
        Instant monthStart = Instant.parse("2025-05-01T00:00:00Z");
        List<Integer> byReceipt = IntStream.range(0, EQUAL_ROWS).boxed()
                .sorted(Comparator.comparing(receiptSlots::get)).toList();
        for (int number : byReceipt) {
            String ref = "ALG-2025-%06d".formatted(number + 1);
            Instant received = monthStart.plus(Duration.ofHours(receiptSlots.get(number)));
            Instant referred = received.plus(Duration.ofHours(1));
            deliver(new AllegationRegistered(ref, "MINUSCA", "WEB", "MC", "XAA", 1, false, received));
            deliver(new AllegationAssessed(ref, "SE", null, "MC", "XAA", null, 1, false, "NORMAL", received));
            deliver(new AllegationReferred(ref, "MINUSCA", "SE", null, "MC", "XAA", null, 1, false, "NORMAL", "OIOS", received,
                    referred));
            deliver(new InvestigationCompleted(ref, "SUBSTANTIATED", "OIOS", referred, referred.plus(Duration.ofDays(number + 1)),
                    number + 1, true));
        }
        return daysTakenInPublicOrder();
    }

    private List<Long> daysTakenInPublicOrder() throws Exception {
        List<Long> days = new ArrayList<>();
        read(get("/api/v1/public/allegations").param("year", "2025")).forEach(row -> days.add(row.get("daysTaken").asLong()));
        assertThat(days).hasSize(EQUAL_ROWS);
        return days;
    }

    private void assertWithdrawn() throws Exception {
        assertThat(read(get("/api/v1/public/allegations").param("year", "2024"))).isEmpty();
        JsonNode summary = read(get("/api/v1/public/summary").param("year", "2024"));
        assertThat(summary.get("allegations").asLong()).isZero();
        assertThat(summary.get("closedAtIntake").asLong()).isOne();
        assertThat(summary.get("byNationality")).isEmpty();
        assertThat(read(get("/api/v1/public/summary").param("year", "2024").param("nationality", "XQY"))
                .get("closedAtIntake").asLong()).as("no nationality of a withdrawn report").isZero();
    }

    private void assertNotPublic(String nationality) throws Exception {
        for (MockHttpServletRequestBuilder request : List.of(get("/api/v1/public/allegations").param("year", "all"),
                get("/api/v1/public/allegations").param("year", "all").param("format", "csv"),
                get("/api/v1/public/summary").param("year", "all"), get("/").param("year", "all"))) {
            assertThat(body(request)).doesNotContain(nationality);
        }
        assertThat(read(get("/api/v1/public/allegations").param("nationality", nationality))).isEmpty();
    }

    private void deliver(PublishedEvent event) {
        String topic = event instanceof InvestigationCompleted ? Topics.INVESTIGATION : Topics.INTAKE;
        new LedgerFeed(context).deliver(topic, event.key(),
                codec.encode(event, UUID.randomUUID().toString(), Publisher.ofTopic(topic).orElseThrow().source(), PUBLISHED));
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(body(request));
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return http.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
