package org.misconduct.reporting.council;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.Publisher;
import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.intake.NonUnForcesNotified;
import org.misconduct.contracts.investigation.CriminalReferralMade;
import org.misconduct.contracts.investigation.CriminalReferralOutcomeRecorded;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.contracts.investigation.MemberStateActionRecorded;
import org.misconduct.contracts.victimassistance.VictimFirstContacted;
import org.misconduct.contracts.victimassistance.VictimRegistered;
import org.misconduct.streaming.CloudEventCodec;
import org.misconduct.testinfra.ServiceTestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Breaches of the {@code member-state-action}, {@code non-un-notification} and {@code victim-first-contact} clocks, and
 * criminal referral outcomes, as the services publish them on Kafka, reach the Council report and the public row.
 * The cases are of a year no other test publishes, and each figure is read through the cases it lists.
 */
// A consumer group of its own, so no other test context takes its records; closed after the class.
@SpringBootTest(properties = {"misconduct.abuse-protection.public-disclosure.requests=1000000",
        "spring.kafka.consumer.group-id=reporting-follow-through-test"})
@AutoConfigureMockMvc
@DirtiesContext
class FollowThroughCouncilIntegrationTest {

    private static final int YEAR = 2017;
    private static final Instant RECEIVED = Instant.parse("2017-03-01T08:00:00Z");
    private static final Instant FOUND = Instant.parse("2017-06-01T08:00:00Z");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        ServiceTestProperties.register(registry, "reporting_follow_through_it");
        ServiceTestProperties.registerDisclosureOrderKey(registry);
    }

    @Autowired
    MockMvc http;
    @Autowired
    ObjectMapper json;
    @Autowired
    CloudEventCodec codec;
    @Autowired
    KafkaTemplate<Object, Object> kafka;

    @Test
    void breachesOfTheNewClocksCountInTheCouncilReport() throws Exception {
        String late = reference();
        String inTime = reference();
        String nonUnLate = reference();
        String nonUnInTime = reference();
        assessed(late, "MC", "XZQ");
        assessed(inTime, "FPU", "XZQ");
        assessed(nonUnLate, "NON_UN", null);
        assessed(nonUnInTime, "NON_UN", null);
        Instant actionDue = FOUND.plus(Duration.ofDays(90));
        publish(Publisher.INVESTIGATION, new InvestigationCompleted(late, "SUBSTANTIATED", "OIOS", RECEIVED, FOUND, 90, true));
        publish(Publisher.INVESTIGATION, new ClockBreached(late, "member-state-action", FOUND, actionDue, actionDue));
        publish(Publisher.INVESTIGATION, new MemberStateActionRecorded(late, "XZQ", "NO_ACTION", null, actionDue.plusSeconds(86_400), false));
        publish(Publisher.INVESTIGATION, new CriminalReferralMade(late, "SENDING_STATE", FOUND));
        publish(Publisher.INVESTIGATION, new CriminalReferralOutcomeRecorded(late, "SENDING_STATE", "PROSECUTED", FOUND.plusSeconds(86_400),
                FOUND.plusSeconds(90_000)));
        publish(Publisher.INVESTIGATION, new CriminalReferralOutcomeRecorded(late, "SENDING_STATE", "CONVICTED", FOUND.plusSeconds(864_000),
                FOUND.plusSeconds(900_000)));
        publish(Publisher.INVESTIGATION, new InvestigationCompleted(inTime, "SUBSTANTIATED", "OIOS", RECEIVED, FOUND, 90, true));
        publish(Publisher.INVESTIGATION, new MemberStateActionRecorded(inTime, "XZQ", "ACTION_TAKEN", "IMPRISONMENT",
                FOUND.plusSeconds(86_400), true));
        Instant notificationDue = RECEIVED.plus(Duration.ofHours(24));
        publish(Publisher.INTAKE, new ClockBreached(nonUnLate, "non-un-notification", RECEIVED, notificationDue, notificationDue));
        publish(Publisher.INTAKE, new NonUnForcesNotified(nonUnLate, "MINUSCA", notificationDue.plusSeconds(60), List.of("GOVERNMENT"), false));
        publish(Publisher.INTAKE, new NonUnForcesNotified(nonUnInTime, "MINUSCA", RECEIVED.plusSeconds(3600),
                List.of("REGIONAL_ORGANIZATION"), true));
        publish(Publisher.VICTIM_ASSISTANCE, new VictimRegistered(late, late + "-V1", "ADULT", "FEMALE", RECEIVED));
        publish(Publisher.VICTIM_ASSISTANCE, new ClockBreached(late, "victim-first-contact", RECEIVED, RECEIVED.plus(Duration.ofHours(72)),
                RECEIVED.plus(Duration.ofHours(72)), late + "-V1"));
        publish(Publisher.VICTIM_ASSISTANCE, new VictimRegistered(inTime, inTime + "-V1", "MINOR", "FEMALE", RECEIVED));
        publish(Publisher.VICTIM_ASSISTANCE, new VictimFirstContacted(inTime, inTime + "-V1", RECEIVED.plusSeconds(7200), true));

        await("the follow-through of " + YEAR + " projected").atMost(Duration.ofSeconds(60)).until(() ->
                read(get("/api/v1/council-reports/" + YEAR)).at("/victimsFirstContactedWithinClock/outOf").asLong() == 2
                        && read(get("/api/v1/council-reports/" + YEAR)).at("/criminalReferralOutcomes/0/kind").asText().equals("CONVICTED")
                        && read(get("/api/v1/council-reports/" + YEAR)).at("/nonUnNotificationsWithinClock/outOf").asLong() == 2
                        && read(get("/api/v1/council-reports/" + YEAR)).at("/memberStateActionsWithinClock/outOf").asLong() == 2);

        JsonNode report = read(get("/api/v1/council-reports/" + YEAR));
        assertThat(cases(report.at("/memberStateActionsWithinClock"))).containsExactly(inTime);
        assertThat(outOf(report.at("/memberStateActionsWithinClock"))).containsExactlyInAnyOrder(late, inTime);
        assertThat(cases(report.at("/nonUnNotificationsWithinClock"))).containsExactly(nonUnInTime);
        assertThat(outOf(report.at("/nonUnNotificationsWithinClock"))).containsExactlyInAnyOrder(nonUnLate, nonUnInTime);
        assertThat(report.at("/victimsFirstContactedWithinClock/count").asLong()).isEqualTo(1);
        assertThat(cases(report.at("/victimsFirstContactedWithinClock"))).containsExactly(inTime);
        assertThat(report.at("/criminalReferralOutcomes")).hasSize(1);
        assertThat(cases(report.at("/criminalReferralOutcomes/0"))).containsExactly(late);

        JsonNode state = report.at("/memberStates/0");
        assertThat(report.at("/memberStates")).hasSize(1);
        assertThat(state.get("nationality").asText()).isEqualTo("XZQ");
        assertThat(state.at("/allegations/count").asLong()).isEqualTo(2);
        assertThat(state.at("/substantiated/count").asLong()).isEqualTo(2);
        assertThat(state.at("/actionsReportedWithinClock/count").asLong()).isEqualTo(1);
        assertThat(state.at("/actionsReportedWithinClock/outOf").asLong()).isEqualTo(2);
        assertThat(cases(state.get("actionsReportedWithinClock"))).containsExactly(inTime);

        JsonNode rows = read(get("/api/v1/public/allegations").param("year", String.valueOf(YEAR)));
        List<String> statuses = new ArrayList<>();
        rows.forEach(row -> row.get("criminalReferralStatus").forEach(status -> statuses.add(status.asText())));
        assertThat(statuses).containsExactly("SENDING_STATE:CONVICTED");
    }

    private void assessed(String caseReference, String category, String nationality) throws Exception {
        publish(Publisher.INTAKE, new AllegationRegistered(caseReference, "MINUSCA", "WEB", category, nationality, 1, false, RECEIVED));
        publish(Publisher.INTAKE, new AllegationAssessed(caseReference, "SA", "RAPE", category, nationality, null, 1, false, "URGENT",
                RECEIVED.plusSeconds(3600)));
    }

    private List<String> cases(JsonNode figure) throws Exception {
        return strings(read(get(figure.get("cases").asText())).get("caseReferences"));
    }

    private List<String> outOf(JsonNode figure) throws Exception {
        return strings(read(get(figure.get("cases").asText())).get("outOfCaseReferences"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private JsonNode read(MockHttpServletRequestBuilder request) throws Exception {
        return json.readTree(http.perform(request.with(jwt().authorities(new SimpleGrantedAuthority("ROLE_conduct-officer"))))
                .andReturn().getResponse().getContentAsString());
    }

    private void publish(Publisher publisher, PublishedEvent event) throws Exception {
        kafka.send(publisher.topic(), event.caseReference(),
                codec.encode(event, UUID.randomUUID().toString(), publisher.source(), Instant.now())).get(10, TimeUnit.SECONDS);
    }

    private static String reference() {
        return "ALG-%d-%06d".formatted(YEAR, 100_000 + (int) (Math.random() * 800_000));
    }
}
