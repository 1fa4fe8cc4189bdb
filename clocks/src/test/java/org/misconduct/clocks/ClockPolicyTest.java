package org.misconduct.clocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Priority;
import org.springframework.boot.context.properties.bind.BindException;

/** The clock policy binds from a deployment's settings as written in environment variables or YAML. */
class ClockPolicyTest {

    private static final Instant FRIDAY_AFTERNOON = Instant.parse("2026-11-20T14:00:00Z");

    @Test
    void withoutSettingsTheContractsDefaultsApply() {
        ClockPolicy policy = ClockPolicy.defaults();

        assertThat(policy.dueAt(ClockName.EVIDENCE_PRESERVATION, FRIDAY_AFTERNOON)).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
        assertThat(policy.dueAt(ClockName.INVESTIGATION, FRIDAY_AFTERNOON)).isEqualTo(Instant.parse("2027-05-20T14:00:00Z"));
        assertThat(policy.dueAt(ClockName.INVESTIGATION, FRIDAY_AFTERNOON, Priority.URGENT)).isEqualTo(Instant.parse("2027-02-18T14:00:00Z"));
        assertThat(policy.dueAt(ClockName.MEMBER_STATE_INTENT, FRIDAY_AFTERNOON)).isEqualTo(Instant.parse("2026-12-05T00:00:00Z"));
        assertThat(policy.dueAt(ClockName.NIO_APPOINTMENT, FRIDAY_AFTERNOON)).isEqualTo(Instant.parse("2026-11-28T00:00:00Z"));
        assertThat(policy.dueAt(ClockName.VICTIM_FIRST_CONTACT, FRIDAY_AFTERNOON)).isEqualTo(Instant.parse("2026-11-23T14:00:00Z"));
        assertThat(policy.dueAt(ClockName.MEMBER_STATE_ACTION, FRIDAY_AFTERNOON)).isEqualTo(Instant.parse("2027-02-18T14:00:00Z"));
        assertThat(policy.dueAt(ClockName.NON_UN_NOTIFICATION, FRIDAY_AFTERNOON)).isEqualTo(Instant.parse("2026-11-21T14:00:00Z"));
        assertThat(policy.calendar().weekendDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(policy.calendar().holidays()).isEmpty();
        assertThat(policy.calendar().zone()).isEqualTo(ZoneId.of("UTC"));
    }

    @Test
    void aDeploymentSetsDurationsWorkingDaysAndItsCalendar() {
        ClockPolicy policy = ClockPolicy.of(Map.of(
                "misconduct.clocks.evidence-preservation", "PT48H",
                "misconduct.clocks.investigation", "P4M",
                "misconduct.clocks.member-state-intent", "7 working days",
                "misconduct.clocks.nio-appointment", "3 working days",
                "misconduct.clocks.calendar.weekend-days", "FRIDAY,SATURDAY",
                "misconduct.clocks.calendar.holidays", "2026-12-25,2027-01-01",
                "misconduct.clocks.calendar.zone", "Africa/Bangui"));

        Instant start = Instant.parse("2026-11-20T00:00:00Z");
        assertThat(policy.dueAt(ClockName.EVIDENCE_PRESERVATION, start)).isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(policy.dueAt(ClockName.INVESTIGATION, start)).isEqualTo(Instant.parse("2027-03-20T00:00:00Z"));
        assertThat(policy.urgentInvestigation()).hasToString("P90D");
        assertThat(policy.memberStateIntent()).hasToString("7 working days");
        assertThat(policy.nioAppointment()).hasToString("3 working days");
        assertThat(policy.calendar().weekendDays()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(policy.calendar().holidays()).containsExactly(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01"));
        assertThat(policy.calendar().zone()).isEqualTo(ZoneId.of("Africa/Bangui"));
    }

    @Test
    void aClockThatDoesNotRunIsRefusedAtStartUp() {
        assertThatThrownBy(() -> ClockPolicy.of(Map.of("misconduct.clocks.member-state-intent", "0 working days")))
                .isInstanceOf(BindException.class);
        assertThatThrownBy(() -> ClockPolicy.of(Map.of("misconduct.clocks.victim-first-contact", "PT0S")))
                .isInstanceOf(BindException.class);
        assertThatThrownBy(() -> ClockPolicy.of(Map.of("misconduct.clocks.investigation", "six months")))
                .isInstanceOf(BindException.class);
    }
}
