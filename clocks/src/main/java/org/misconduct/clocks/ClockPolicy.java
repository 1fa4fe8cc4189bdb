package org.misconduct.clocks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.misconduct.contracts.codes.ClockName;
import org.misconduct.contracts.codes.Priority;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;

/**
 * How long each clock runs, per deployment ({@code misconduct.clocks.*}); the defaults here are the only place
 * they are written.
 *
 * @param evidencePreservation from receipt of an SE/SA allegation until its evidence is preserved
 * @param memberStateIntent    from notifying the Member State until it says whether it will investigate
 * @param nioAppointment       from the Member State's intent until it appoints its National Investigation Officer
 * @param investigation        from referral until a finding
 * @param urgentInvestigation  the same for an URGENT allegation
 * @param victimFirstContact   from a victim's registration until the first assistance is delivered
 * @param memberStateAction    from a SUBSTANTIATED finding until the Member State's action is recorded
 * @param nonUnNotification    from an allegation against non-UN forces until they are notified
 * @param calendar             the working days that working-day clocks count
 */
@ConfigurationProperties(ClockPolicy.PREFIX)
public record ClockPolicy(
        @DefaultValue("PT72H") ClockDuration evidencePreservation,
        @DefaultValue("10 working days") ClockDuration memberStateIntent,
        @DefaultValue("5 working days") ClockDuration nioAppointment,
        @DefaultValue("P6M") ClockDuration investigation,
        @DefaultValue("P90D") ClockDuration urgentInvestigation,
        @DefaultValue("PT72H") ClockDuration victimFirstContact,
        @DefaultValue("P90D") ClockDuration memberStateAction,
        @DefaultValue("PT24H") ClockDuration nonUnNotification,
        @DefaultValue WorkingCalendar calendar) {

    static final String PREFIX = "misconduct.clocks";

    /** The policy a deployment gets when it sets nothing. */
    public static ClockPolicy defaults() {
        return of(Map.of());
    }

    /** The policy bound from {@code misconduct.clocks.*} settings, such as {@code misconduct.clocks.investigation=P4M}. */
    public static ClockPolicy of(Map<String, String> settings) {
        return new Binder(List.of(new MapConfigurationPropertySource(settings)), null, ApplicationConversionService.getSharedInstance())
                .bindOrCreate(PREFIX, Bindable.of(ClockPolicy.class));
    }

    /** When {@code clock}, started at {@code start}, falls due; an URGENT investigation runs the shorter clock. */
    public Instant dueAt(ClockName clock, Instant start, Priority priority) {
        ClockDuration duration = clock == ClockName.INVESTIGATION && priority == Priority.URGENT
                ? urgentInvestigation : durationOf(clock);
        return duration.after(start, calendar);
    }

    public Instant dueAt(ClockName clock, Instant start) {
        return dueAt(clock, start, Priority.NORMAL);
    }

    public ClockDuration durationOf(ClockName clock) {
        return switch (clock) {
            case EVIDENCE_PRESERVATION -> evidencePreservation;
            case MEMBER_STATE_INTENT -> memberStateIntent;
            case NIO_APPOINTMENT -> nioAppointment;
            case INVESTIGATION -> investigation;
            case VICTIM_FIRST_CONTACT -> victimFirstContact;
            case MEMBER_STATE_ACTION -> memberStateAction;
            case NON_UN_NOTIFICATION -> nonUnNotification;
        };
    }
}
