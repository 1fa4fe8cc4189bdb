package org.misconduct.reporting;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.misconduct.contracts.PublishedEvent;
import org.misconduct.contracts.clocks.ClockBreached;
import org.misconduct.contracts.intake.AllegationAssessed;
import org.misconduct.contracts.intake.AllegationClosed;
import org.misconduct.contracts.intake.AllegationReferred;
import org.misconduct.contracts.intake.AllegationRegistered;
import org.misconduct.contracts.intake.NonUnForcesNotified;
import org.misconduct.contracts.investigation.ContingentRepatriated;
import org.misconduct.contracts.investigation.CriminalReferralMade;
import org.misconduct.contracts.investigation.CriminalReferralOutcomeRecorded;
import org.misconduct.contracts.investigation.DisciplinaryActionTaken;
import org.misconduct.contracts.investigation.EvidencePreserved;
import org.misconduct.contracts.investigation.InterimMeasureTaken;
import org.misconduct.contracts.investigation.InvestigationCompleted;
import org.misconduct.contracts.investigation.InvestigationOpened;
import org.misconduct.contracts.investigation.MemberStateActionRecorded;
import org.misconduct.contracts.investigation.MemberStateResponded;
import org.misconduct.contracts.investigation.NioAppointed;
import org.misconduct.contracts.investigation.SuspendedPaymentTransferred;
import org.misconduct.contracts.victimassistance.PaternityClaimUpdated;
import org.misconduct.contracts.victimassistance.VictimFirstContacted;
import org.misconduct.contracts.victimassistance.VictimRegistered;

/**
 * The expected public table, summary and Council report, computed straight from the generated
 * events by the plain rules of the brief, without any of the service's code.
 */
final class Recomputation {

    /** Everything that happened to one case, gathered from its events. */
    static final class Case {
        final String ref;
        AllegationRegistered registered;
        AllegationAssessed assessed;
        AllegationReferred referred;
        AllegationClosed closed;
        InvestigationOpened opened;
        InvestigationCompleted completed;
        EvidencePreserved preserved;
        MemberStateResponded responded;
        NioAppointed nio;
        final Set<String> breaches = new HashSet<>();
        final List<VictimRegistered> victims = new ArrayList<>();
        final List<InterimMeasureTaken> measures = new ArrayList<>();
        final List<SuspendedPaymentTransferred> transfers = new ArrayList<>();
        final List<DisciplinaryActionTaken> actions = new ArrayList<>();
        final List<CriminalReferralMade> criminalReferrals = new ArrayList<>();
        final List<PaternityClaimUpdated> claims = new ArrayList<>();
        final List<CriminalReferralOutcomeRecorded> referralOutcomes = new ArrayList<>();
        final List<MemberStateActionRecorded> memberStateActions = new ArrayList<>();
        final List<NonUnForcesNotified> nonUnNotifications = new ArrayList<>();
        final List<VictimFirstContacted> firstContacts = new ArrayList<>();
        final Set<String> victimsBreached = new HashSet<>();

        Case(String ref) {
            this.ref = ref;
        }

        int year() {
            return registered.receivedAt().atZone(ZoneOffset.UTC).getYear();
        }

        /** Intake's, never the complaint's. */
        String category() {
            return assessed == null ? null : assessed.personnelCategory();
        }

        String nationality() {
            return GeneratedHistory.UNIFORMED.contains(category()) ? assessed.nationality() : null;
        }

        /** Public once assessed, unless intake closed it as no allegation to count. */
        boolean disclosed() {
            return assessed != null && !withdrawnAtIntake();
        }

        boolean withdrawnAtIntake() {
            return closed != null && WITHDRAWING.contains(closed.reason());
        }

        String type() {
            return assessed == null ? null : assessed.allegationType();
        }

        String status() {
            if (completed != null) {
                return completed.finding();
            }
            if (closed != null) {
                return "CLOSED";
            }
            if (opened != null) {
                return "UNDER_INVESTIGATION";
            }
            if (referred != null) {
                return "REFERRED";
            }
            return assessed != null ? "UNDER_ASSESSMENT" : "RECEIVED";
        }

        /** The first record of the Member State's action: its clock's outcome. */
        Boolean memberStateActionWithinClock() {
            return memberStateActions.stream().min(Comparator.comparing(MemberStateActionRecorded::recordedAt))
                    .map(MemberStateActionRecorded::withinClock).orElse(null);
        }

        /** The first notification of non-UN forces, the only one timed. */
        Boolean nonUnNotificationWithinClock() {
            return nonUnNotifications.stream().filter(n -> n.withinClock() != null)
                    .min(Comparator.comparing(NonUnForcesNotified::notifiedAt)).map(NonUnForcesNotified::withinClock).orElse(null);
        }

        /** Each victim whose first contact has an outcome: contacted within the clock, and the clock never breached. */
        Map<String, Boolean> victimsFirstContact() {
            Map<String, Boolean> outcomes = new TreeMap<>();
            victimsBreached.forEach(victim -> outcomes.put(victim, false));
            firstContacts.forEach(contact -> outcomes.merge(contact.victimId(), contact.withinClock(), (a, b) -> a && b));
            return outcomes;
        }

        /** The latest outcome of each referral: the one that came about last. */
        Map<String, String> referralStatuses() {
            Map<String, CriminalReferralOutcomeRecorded> latest = new TreeMap<>();
            for (CriminalReferralOutcomeRecorded outcome : referralOutcomes) {
                latest.merge(outcome.authority(), outcome, (a, b) -> a.at().isAfter(b.at()) ? a : b.at().isAfter(a.at()) ? b
                        : a.recordedAt().isAfter(b.recordedAt()) ? a : b.recordedAt().isAfter(a.recordedAt()) ? b
                        : a.status().compareTo(b.status()) >= 0 ? a : b);
            }
            Map<String, String> statuses = new TreeMap<>();
            latest.forEach((authority, outcome) -> statuses.put(authority, outcome.status()));
            return statuses;
        }

        Map<String, Object> publicRow() {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("yearReceived", year());
            row.put("monthReceived", registered.receivedAt().atZone(ZoneOffset.UTC).getMonthValue());
            row.put("mission", registered.mission());
            row.put("personnelCategory", category());
            row.put("nationality", nationality());
            row.put("allegationType", type());
            row.put("victims", victims.size());
            row.put("minorVictims", (int) victims.stream().filter(v -> v.ageGroup().equals("MINOR")).count());
            row.put("adultVictims", (int) victims.stream().filter(v -> v.ageGroup().equals("ADULT")).count());
            row.put("unknownAgeVictims", (int) victims.stream().filter(v -> v.ageGroup().equals("UNKNOWN")).count());
            row.put("investigatingEntity", completed != null ? completed.investigatingEntity()
                    : referred != null ? referred.investigatingEntity() : null);
            row.put("status", status());
            row.put("daysTaken", completed == null ? null : completed.daysTaken());
            row.put("finding", completed == null ? null : completed.finding());
            row.put("interimActions", List.copyOf(new TreeSet<>(measures.stream().map(InterimMeasureTaken::kind).toList())));
            row.put("finalActions", List.copyOf(new TreeSet<>(actions.stream().map(DisciplinaryActionTaken::kind).toList())));
            row.put("criminalReferrals", List.copyOf(new TreeSet<>(criminalReferrals.stream().map(CriminalReferralMade::authority).toList())));
            Map<String, PaternityClaimUpdated> latest = new TreeMap<>();
            for (PaternityClaimUpdated claim : claims) {
                latest.merge(claim.victimId(), claim, (a, b) -> a.updatedAt().isAfter(b.updatedAt()) ? a : b);
            }
            row.put("paternityClaims", List.copyOf(new TreeSet<>(latest.values().stream().map(PaternityClaimUpdated::status).toList())));
            row.put("criminalReferralStatus", referralStatuses().entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList());
            return row;
        }
    }

    static final Set<String> WITHDRAWING = Set.of("NOT_UN_PERSONNEL", "DUPLICATE", "OUT_OF_SCOPE");

    final Map<String, Case> cases = new TreeMap<>();
    final List<ContingentRepatriated> contingentRepatriations = new ArrayList<>();
    private final byte[] orderKey;

    Recomputation(List<PublishedEvent> events, byte[] orderKey) {
        this.orderKey = orderKey;
        for (PublishedEvent event : events) {
            if (event instanceof ContingentRepatriated repatriated) {
                contingentRepatriations.add(repatriated);
                continue;
            }
            if (event.caseReference() == null) {
                continue;
            }
            Case c = cases.computeIfAbsent(event.caseReference(), Case::new);
            if (event instanceof AllegationRegistered e) {
                c.registered = e;
            } else if (event instanceof AllegationAssessed e) {
                c.assessed = e;
            } else if (event instanceof AllegationReferred e) {
                c.referred = e;
            } else if (event instanceof AllegationClosed e) {
                c.closed = e;
            } else if (event instanceof InvestigationOpened e) {
                c.opened = e;
            } else if (event instanceof InvestigationCompleted e) {
                c.completed = e;
            } else if (event instanceof EvidencePreserved e) {
                c.preserved = e;
            } else if (event instanceof MemberStateResponded e) {
                c.responded = e;
            } else if (event instanceof NioAppointed e) {
                c.nio = e;
            } else if (event instanceof ClockBreached e) {
                c.breaches.add(e.clock());
                if (e.victimId() != null) {
                    c.victimsBreached.add(e.victimId());
                }
            } else if (event instanceof VictimRegistered e) {
                c.victims.add(e);
            } else if (event instanceof InterimMeasureTaken e) {
                c.measures.add(e);
            } else if (event instanceof SuspendedPaymentTransferred e) {
                c.transfers.add(e);
            } else if (event instanceof DisciplinaryActionTaken e) {
                c.actions.add(e);
            } else if (event instanceof CriminalReferralMade e) {
                c.criminalReferrals.add(e);
            } else if (event instanceof PaternityClaimUpdated e) {
                c.claims.add(e);
            } else if (event instanceof CriminalReferralOutcomeRecorded e) {
                c.referralOutcomes.add(e);
            } else if (event instanceof MemberStateActionRecorded e) {
                c.memberStateActions.add(e);
            } else if (event instanceof NonUnForcesNotified e) {
                c.nonUnNotifications.add(e);
            } else if (event instanceof VictimFirstContacted e) {
                c.firstContacts.add(e);
            }
        }
    }

    /**
     * The public rows in the order the service must list them: by year, month, mission, category, nationality and
     * type (missing values last), then by HMAC-SHA-256 of the case reference under the order key.
     */
    List<Map<String, Object>> publicRows(Integer year) {
        Comparator<Map<String, Object>> byDisclosedFields = Comparator.comparing((Map<String, Object> row) -> (Integer) row.get("yearReceived"))
                .thenComparing(row -> (Integer) row.get("monthReceived"))
                .thenComparing(row -> (String) row.get("mission"), NULLS_LAST)
                .thenComparing(row -> (String) row.get("personnelCategory"), NULLS_LAST)
                .thenComparing(row -> (String) row.get("nationality"), NULLS_LAST)
                .thenComparing(row -> (String) row.get("allegationType"), NULLS_LAST);
        return cases.values().stream()
                .filter(c -> year == null || c.year() == year)
                .filter(Case::disclosed)
                .map(c -> Map.entry(c.publicRow(), hmac(c.ref)))
                .sorted(Map.Entry.<Map<String, Object>, byte[]>comparingByKey(byDisclosedFields)
                        .thenComparing(Map.Entry::getValue, Arrays::compareUnsigned))
                .map(Map.Entry::getKey)
                .toList();
    }

    long closedAtIntake(int year) {
        return cases.values().stream().filter(c -> c.year() == year && c.withdrawnAtIntake()).count();
    }

    private static final Comparator<String> NULLS_LAST = Comparator.nullsLast(Comparator.naturalOrder());

    private byte[] hmac(String caseReference) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(orderKey, "HmacSHA256"));
            return mac.doFinal(caseReference.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Case> ofYear(int year) {
        return cases.values().stream().filter(c -> c.year() == year).toList();
    }

    static Map<String, Long> countBy(List<Map<String, Object>> rows, String field) {
        Map<String, Long> counts = new TreeMap<>();
        rows.stream().filter(row -> row.get(field) != null).forEach(row -> counts.merge(String.valueOf(row.get(field)), 1L, Long::sum));
        return counts;
    }

    /** A clock's share: cases met (reported within, never breached) out of cases with an outcome. */
    static Share share(List<Case> concerned, String clock, java.util.function.Function<Case, Boolean> withinClock) {
        Set<String> outOf = new TreeSet<>();
        Set<String> met = new TreeSet<>();
        for (Case c : concerned) {
            Boolean within = withinClock.apply(c);
            if (within != null || c.breaches.contains(clock)) {
                outOf.add(c.ref);
            }
            if (Boolean.TRUE.equals(within) && !c.breaches.contains(clock)) {
                met.add(c.ref);
            }
        }
        return new Share(met, outOf);
    }

    record Share(Set<String> met, Set<String> outOf) {
        BigDecimal ratio() {
            return outOf.isEmpty() ? null : BigDecimal.valueOf(met.size()).divide(BigDecimal.valueOf(outOf.size()), 4, RoundingMode.HALF_UP);
        }
    }

    static BigDecimal median(List<Long> days) {
        List<Long> sorted = days.stream().sorted().toList();
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        return n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
    }

    static BigDecimal percentile90(List<Long> days) {
        List<Long> sorted = days.stream().sorted().toList();
        return sorted.isEmpty() ? null : BigDecimal.valueOf(sorted.get((int) Math.ceil(sorted.size() * 0.9) - 1));
    }

    static int yearOf(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).getYear();
    }
}
