package org.misconduct.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.clocks.ClockExtended;
import org.misconduct.contracts.intake.AllegationRegistered;

class PublisherTest {

    @Test
    void eachEventTypeIsAcceptedOnlyFromTheTopicAndSourceOfAServiceThatPublishesIt() {
        assertThat(PublishedEventCatalogue.fromItsPublisher(Topics.INTAKE, "/intake-service", "AllegationRegistered")).isTrue();
        assertThat(PublishedEventCatalogue.fromItsPublisher(Topics.INVESTIGATION, "/investigation-service", "AllegationRegistered")).isFalse();
        assertThat(PublishedEventCatalogue.fromItsPublisher(Topics.INTAKE, "/investigation-service", "AllegationRegistered")).isFalse();
        assertThat(PublishedEventCatalogue.fromItsPublisher("misconduct.other.v1", "/intake-service", "AllegationRegistered")).isFalse();
    }

    @Test
    void clockBreachesComeFromEveryServiceThatKeepsClocksAndExtensionsOnlyFromInvestigation() {
        assertThat(Publisher.INVESTIGATION.publishes(ClockBreached.class)).isTrue();
        assertThat(Publisher.INTAKE.publishes(ClockBreached.class)).isTrue();
        assertThat(Publisher.VICTIM_ASSISTANCE.publishes(ClockBreached.class)).isTrue();
        assertThat(PublishedEventCatalogue.fromItsPublisher(Topics.VICTIM_ASSISTANCE, "/victim-assistance-service", "ClockExtended")).isFalse();
        assertThat(Publisher.INTAKE.publishes(ClockExtended.class)).isFalse();
    }

    @Test
    void accountabilityFollowThroughIsPublishedByTheServicesThatRecordIt() {
        assertThat(PublishedEventCatalogue.fromItsPublisher(Topics.INVESTIGATION, "/investigation-service", "CriminalReferralOutcomeRecorded")).isTrue();
        assertThat(PublishedEventCatalogue.fromItsPublisher(Topics.INVESTIGATION, "/investigation-service", "MemberStateActionRecorded")).isTrue();
        assertThat(PublishedEventCatalogue.fromItsPublisher(Topics.VICTIM_ASSISTANCE, "/victim-assistance-service", "VictimFirstContacted")).isTrue();
        assertThat(PublishedEventCatalogue.fromItsPublisher(Topics.INTAKE, "/intake-service", "MemberStateActionRecorded")).isFalse();
    }

    @Test
    void aTypeThisBuildDoesNotKnowIsJudgedByTopicAndSource() {
        assertThat(PublishedEventCatalogue.fromItsPublisher(Topics.INVESTIGATION, "/investigation-service", "InvestigationSuspended")).isTrue();
        assertThat(PublishedEventCatalogue.fromItsPublisher(Topics.INVESTIGATION, "/intake-service", "InvestigationSuspended")).isFalse();
    }

    @Test
    void theCatalogueKnowsEveryTypeByItsNameAndEachTopicHasOnePublisher() {
        assertThat(PublishedEventCatalogue.classOf("AllegationRegistered")).contains(AllegationRegistered.class);
        assertThat(Publisher.ofTopic(Topics.VICTIM_ASSISTANCE)).contains(Publisher.VICTIM_ASSISTANCE);
        assertThat(Publisher.values()).extracting(Publisher::topic).doesNotHaveDuplicates();
    }
}
