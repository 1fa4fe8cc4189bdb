package org.misconduct.investigation.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

/** The clock policy binds from a deployment's settings as written in environment variables or YAML. */
class ClockPolicyBindingTest {

    @Test
    void aDeploymentSetsDurationsWorkingDaysAndItsCalendar() {
        ClockPolicy policy = bind(Map.of(
                "misconduct.clocks.evidence-preservation", "PT48H",
                "misconduct.clocks.investigation", "P4M",
                "misconduct.clocks.member-state-intent-working-days", "7",
                "misconduct.clocks.nio-appointment-working-days", "3",
                "misconduct.clocks.calendar.weekend-days", "FRIDAY,SATURDAY",
                "misconduct.clocks.calendar.holidays", "2026-12-25,2027-01-01",
                "misconduct.clocks.calendar.zone", "Africa/Bangui"));

        assertThat(policy.evidencePreservation().after(Instant.parse("2026-11-20T00:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-22T00:00:00Z"));
        assertThat(policy.investigation().after(Instant.parse("2026-11-20T00:00:00Z")))
                .isEqualTo(Instant.parse("2027-03-20T00:00:00Z"));
        assertThat(policy.urgentInvestigation()).hasToString("P90D");
        assertThat(policy.memberStateIntentWorkingDays()).isEqualTo(7);
        assertThat(policy.nioAppointmentWorkingDays()).isEqualTo(3);
        assertThat(policy.calendar().weekendDays()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        assertThat(policy.calendar().holidays()).containsExactly(LocalDate.parse("2026-12-25"), LocalDate.parse("2027-01-01"));
        assertThat(policy.calendar().zone()).isEqualTo(ZoneId.of("Africa/Bangui"));
    }

    @Test
    void withoutSettingsTheContractsDefaultsApply() {
        ClockPolicy policy = bind(Map.of("misconduct.clocks.evidence-preservation", "PT72H"));

        assertThat(policy.memberStateIntentWorkingDays()).isEqualTo(10);
        assertThat(policy.nioAppointmentWorkingDays()).isEqualTo(5);
        assertThat(policy.calendar().weekendDays()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(policy.calendar().holidays()).isEmpty();
    }

    private static ClockPolicy bind(Map<String, String> settings) {
        return new Binder(List.of(new MapConfigurationPropertySource(settings)), null, ApplicationConversionService.getSharedInstance())
                .bind("misconduct.clocks", ClockPolicy.class).get();
    }
}
