package app.keel.program.dosage;

import app.keel.program.dosage.ProgressionRule.DoubleProgression;
import app.keel.program.dosage.ProgressionRule.HoldSecondsPerWeek;
import app.keel.program.dosage.ProgressionRule.KgPerWeek;
import app.keel.program.dosage.ProgressionRule.PercentLoadPerWeek;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * Measuring script (not a test): times a full week plan of 52 weeks × 30 items with mixed rules, the standard gate over
 * a full logbook, generated deloads plus a trip and a flare-up. Target: ≤ 5 ms per plan.
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) app.keel.program.dosage.DosageBenchmark [warmup] [runs]}
 */
public final class DosageBenchmark {

    private DosageBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        ProgramCalendar calendar = new ProgramCalendar(LocalDate.of(2025, 1, 6), 52,
                new Schedule(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY), 2));
        List<PlanItem> items = items();
        List<DeloadPeriod> deloads = new ArrayList<>(DeloadRule.standard().generate(calendar));
        deloads.add(new DeloadPeriod(LocalDate.of(2025, 5, 14), LocalDate.of(2025, 5, 22), 50, DeloadReason.TRAVEL));
        deloads.add(new DeloadPeriod(LocalDate.of(2025, 9, 2), LocalDate.of(2025, 9, 12), 40, DeloadReason.FLARE_UP));
        FixedOutcomes outcomes = FixedOutcomes.empty();
        for (int week = 0; week < 52; week++) {
            outcomes = outcomes.withAdherence(week, 55 + (week * 37) % 45).withPain(week, (week * 13) % 60 / 10.0);
        }
        DosageEngine engine = new DosageEngine();

        long checksum = 0;
        for (int i = 0; i < warmup; i++) {
            checksum += engine.plan(calendar, items, ProgressionGate.standard(), outcomes, deloads).deloadWeeks().size();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            WeekPlan plan = engine.plan(calendar, items, ProgressionGate.standard(), outcomes, deloads);
            nanos[i] = System.nanoTime() - start;
            checksum += plan.dose(51, i % 30).progressionSteps();
        }
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElseThrow() / 1e6;
        System.out.printf("plan of 52 weeks x %d items, %d runs after %d warm-up runs (checksum %d)%n",
                items.size(), runs, warmup, checksum);
        System.out.printf("mean %.3f ms, median %.3f ms, p99 %.3f ms, max %.3f ms%n", mean, nanos[runs / 2] / 1e6,
                nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6, nanos[runs - 1] / 1e6);
    }

    /** 30 items, six of each rule, with and without caps, loads, reps and holds. */
    private static List<PlanItem> items() {
        List<PlanItem> items = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            BigDecimal load = BigDecimal.valueOf(10 + 7.25 * i);
            BigDecimal cap = i % 2 == 0 ? null : load.add(BigDecimal.valueOf(15));
            items.add(new PlanItem(new BaseDose(3, 8 + i, null, load, null, null),
                    new PercentLoadPerWeek(new BigDecimal("2.5"), cap)));
            items.add(new PlanItem(new BaseDose(4, 6, null, load, null, null), new KgPerWeek(new BigDecimal("1.25"), cap)));
            items.add(new PlanItem(new BaseDose(3, 8, null, load, null, null),
                    new DoubleProgression(8, 12, new BigDecimal("2.5"), cap)));
            items.add(new PlanItem(new BaseDose(i % 2 == 0 ? 1 : 3, null, 20 + i, null, null, null),
                    new HoldSecondsPerWeek(5, i % 2 == 0 ? null : 60)));
            items.add(new PlanItem(new BaseDose(1, null, null, null, 10 + i, 3), ProgressionRule.NONE));
        }
        return items;
    }
}
