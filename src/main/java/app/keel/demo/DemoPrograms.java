package app.keel.demo;

import app.keel.exercise.ExerciseFilter;
import app.keel.exercise.ExerciseService;
import app.keel.exercise.LoadKind;
import app.keel.program.LoadEquipment;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramDraft;
import app.keel.program.ProgramKind;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.ProgressionKind;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.function.Consumer;

/**
 * A realistic load-progression program for demo clients. It started six weeks ago (on a Monday), so the logbook
 * history {@link DemoData} seeds has weeks to tell a story in.
 */
@Component
class DemoPrograms {

    /** How many weeks of history the demo programs have behind them. */
    static final int HISTORY_WEEKS = 6;

    private final ProgramService programs;
    private final PrescriptionService items;
    private final ExerciseService exercises;
    private final Clock clock;

    DemoPrograms(ProgramService programs, PrescriptionService items, ExerciseService exercises, Clock clock) {
        this.programs = programs;
        this.items = items;
        this.exercises = exercises;
        this.clock = clock;
    }

    /** Creates and starts the program; returns its id. */
    long seed(long clientId) {
        ProgramDraft draft = new ProgramDraft();
        draft.setKind(ProgramKind.LOAD_PROGRESSION);
        draft.setTitle("Confident lifting");
        draft.setGoal("Lift a full laundry basket and the grandchildren without worry");
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(DemoData.ZONE)));
        draft.setStartDate(today.minusWeeks(HISTORY_WEEKS).with(DayOfWeek.MONDAY));
        draft.setWeeks(12);
        draft.setDays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
        // A percentage step keeps each item's step in proportion to its load (+2 kg would be +25 % on an 8 kg bell and
        // +33 % on a 6 kg carry); the gate makes every step wait for a good week (docs/clinical-rules.md).
        draft.setProgressionKind(ProgressionKind.PERCENT_LOAD);
        draft.setProgressionAmount(new BigDecimal("10"));
        draft.setProgressionCap(new BigDecimal("16"));
        draft.setGateEnabled(true);
        // Every fourth week easier: one behind the demo clients (shaded on their progress) and one about to begin.
        draft.setDeloadEveryNthWeek(4);
        draft.setDeloadVolumePercent(60);
        ProgramDetails program = programs.create(clientId, draft);
        add(program.id(), "lower-rib breathing, lying", null, d -> { });
        add(program.id(), "heel slides", null, d -> { });
        // Kettlebells come in 4 kg steps: the 8 kg bell stays until +10 % a week has earned the whole 12 kg bell.
        add(program.id(), "kettlebell deadlift", new BigDecimal("8"), d -> {
            d.setLoadEquipment(LoadEquipment.KETTLEBELL);
            d.setProgressionKind(ProgressionKind.PERCENT_LOAD);
            d.setProgressionAmount(new BigDecimal("10"));
            d.setProgressionCap(new BigDecimal("16"));
        });
        // A one-hand carry grows by one 1 kg dumbbell step a good week, up to 10 kg.
        add(program.id(), "carry a weight in one hand", new BigDecimal("6"), d -> {
            d.setLoadEquipment(LoadEquipment.DUMBBELL);
            d.setProgressionKind(ProgressionKind.KG_LOAD);
            d.setProgressionAmount(new BigDecimal("1"));
            d.setProgressionCap(new BigDecimal("10"));
        });
        // Decompression breaks through the working day, every day: counted on Today ("2 of 4 breaks so far today").
        add(program.id(), "standing rest, leaning on your forearms", null, d -> {
            d.setTimesPerDay(4);
            d.setTimeAnchors("after sitting");
        });
        programs.changeStatus(program.id(), programs.get(program.id()).version(), ProgramStatus.ACTIVE);
        return program.id();
    }

    private void add(long programId, String search, BigDecimal kg, Consumer<PrescriptionDraft> settings) {
        var found = exercises.list(new ExerciseFilter(search, null, null), PageRequest.of(0, 1));
        if (found.isEmpty()) {
            return;
        }
        PrescriptionRow row = items.add(programId, programs.get(programId).version(), found.getFirst().id());
        PrescriptionDraft d = row.toDraft();
        if (kg != null) {
            d.setLoadKind(LoadKind.KG);
            d.setLoadKg(kg);
        }
        settings.accept(d);
        items.update(row.id(), row.version(), d);
    }
}
