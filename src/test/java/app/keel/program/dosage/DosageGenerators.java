package app.keel.program.dosage;

import app.keel.program.dosage.ProgressionRule.DoubleProgression;
import app.keel.program.dosage.ProgressionRule.HoldSecondsPerWeek;
import app.keel.program.dosage.ProgressionRule.KgPerWeek;
import app.keel.program.dosage.ProgressionRule.PercentLoadPerWeek;
import app.keel.support.Gen;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static app.keel.support.Gen.ints;

/** Random programs for the property tests: every value in range, with the bounds drawn often. */
final class DosageGenerators {

    private DosageGenerators() {
    }

    /**
     * One program: its calendar, a few items, a gate, a logbook, non-overlapping deloads, and some dates to probe
     * (a month either side of the program included).
     */
    record Scenario(ProgramCalendar calendar, List<PlanItem> items, ProgressionGate gate, FixedOutcomes outcomes,
                    List<DeloadPeriod> deloads, List<LocalDate> probes) {
    }

    static Gen<Scenario> scenarios() {
        return calendars().flatMap(calendar -> random -> new Scenario(calendar,
                Gen.listOf(items(), 1, 4).next(random), gates().next(random), outcomes(calendar.weeks()).next(random),
                deloads(calendar).next(random), probes(calendar).next(random)));
    }

    private static Gen<List<LocalDate>> probes(ProgramCalendar calendar) {
        Gen<LocalDate> date = ints(-30, 7 * calendar.weeks() + 29).map(days -> calendar.start().plusDays(days));
        return Gen.listOf(date, 16, 16).map(dates -> dates.stream().sorted().toList());
    }

    static Gen<ProgramCalendar> calendars() {
        Gen<LocalDate> starts = ints(0, 15 * 365).map(days -> LocalDate.of(2020, 1, 1).plusDays(days));
        return random -> new ProgramCalendar(starts.next(random), ints(1, 52).next(random),
                new Schedule(days().next(random), ints(1, 6).next(random)));
    }

    /** Items with fine 0.5 kg steps half of the time, else with a real equipment increment (0.5 to 20 kg). */
    static Gen<PlanItem> items() {
        return random -> new PlanItem(baseDoses().next(random), rules().next(random), false,
                increments().orNull(50).next(random));
    }

    /** The increments of real equipment, the usual ones often (dumbbells 1 and 2 kg, bar 2.5 kg, kettlebells 4 kg). */
    static Gen<BigDecimal> increments() {
        return Gen.oneOf(Gen.pick(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("2.5"),
                new BigDecimal("4")), halves(1, 40));
    }

    static Gen<BaseDose> baseDoses() {
        return random -> new BaseDose(ints(1, 20).next(random), ints(1, 100).orNull(30).next(random),
                ints(1, 600).orNull(50).next(random), loads().orNull(30).next(random),
                ints(1, 240).orNull(60).next(random), ints(1, 24).orNull(60).next(random));
    }

    static Gen<ProgressionRule> rules() {
        Gen<BigDecimal> caps = loads().orNull(40);
        return Gen.oneOf(
                Gen.constant(ProgressionRule.NONE),
                random -> new PercentLoadPerWeek(hundredths(1, 2000).next(random), caps.next(random)),
                random -> new KgPerWeek(hundredths(1, 2000).next(random), caps.next(random)),
                random -> {
                    int floor = ints(1, 30).next(random);
                    return new DoubleProgression(floor, Math.min(100, floor + ints(0, 15).next(random)),
                            halves(1, 20).next(random), caps.next(random));
                },
                random -> new HoldSecondsPerWeek(ints(1, 60).next(random), ints(1, 600).orNull(40).next(random)));
    }

    static Gen<ProgressionGate> gates() {
        return Gen.oneOf(Gen.constant(ProgressionGate.OFF), Gen.constant(ProgressionGate.standard()),
                random -> new ProgressionGate(ints(0, 100).next(random), ints(1, 11).next(random)));
    }

    /** Adherence and pain for every week, each missing now and then; threshold values come up often. */
    static Gen<FixedOutcomes> outcomes(int weeks) {
        Gen<Double> adherence = Gen.oneOf(Gen.pick(0.0, 69.9, 70.0, 100.0), ints(0, 1000).map(tenths -> tenths / 10.0));
        Gen<Double> pain = ints(0, 100).map(tenths -> tenths / 10.0);
        return random -> {
            FixedOutcomes outcomes = FixedOutcomes.empty();
            for (int week = 0; week < weeks; week++) {
                if (random.nextInt(100) < 85) {
                    outcomes = outcomes.withAdherence(week, adherence.next(random));
                }
                if (random.nextInt(100) < 75) {
                    outcomes = outcomes.withPain(week, pain.next(random));
                }
            }
            return outcomes;
        };
    }

    /** Either a generated rule's weeks or hand-made ranges; never overlapping, sometimes reaching past the program. */
    static Gen<List<DeloadPeriod>> deloads(ProgramCalendar calendar) {
        Gen<List<DeloadPeriod>> byRule = random -> new DeloadRule(ints(2, 8).next(random), ints(10, 100).next(random))
                .generate(calendar);
        Gen<List<DeloadPeriod>> byHand = random -> {
            List<DeloadPeriod> periods = new ArrayList<>();
            LocalDate cursor = calendar.start().minusDays(ints(0, 14).next(random));
            int count = ints(0, 8).next(random);
            for (int i = 0; i < count && !cursor.isAfter(calendar.end()); i++) {
                LocalDate start = cursor.plusDays(ints(0, 40).next(random));
                LocalDate end = start.plusDays(ints(0, 20).next(random));
                periods.add(new DeloadPeriod(start, end, ints(10, 100).next(random),
                        Gen.pick(DeloadReason.values()).next(random)));
                cursor = end.plusDays(1);
            }
            return periods;
        };
        return Gen.oneOf(Gen.constant(List.of()), byRule, byHand);
    }

    private static Gen<Set<DayOfWeek>> days() {
        Gen<Set<DayOfWeek>> some = random -> {
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (random.nextBoolean()) {
                    days.add(day);
                }
            }
            if (days.isEmpty()) {
                days.add(Gen.pick(DayOfWeek.values()).next(random));
            }
            return days;
        };
        return Gen.oneOf(some, Gen.pick(DayOfWeek.values()).map(EnumSet::of),
                Gen.constant(EnumSet.allOf(DayOfWeek.class)));
    }

    /** 0–500 kg: on the 0.5 kg grid half of the time, to two decimals otherwise. */
    private static Gen<BigDecimal> loads() {
        return Gen.oneOf(halves(0, 1000), hundredths(0, 50_000));
    }

    private static Gen<BigDecimal> halves(int min, int max) {
        return ints(min, max).map(halves -> BigDecimal.valueOf(halves * 5L, 1));
    }

    private static Gen<BigDecimal> hundredths(int min, int max) {
        return ints(min, max).map(hundredths -> BigDecimal.valueOf(hundredths, 2));
    }
}
