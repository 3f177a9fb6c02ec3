package app.keel.program;

import app.keel.account.security.KeelUser;
import app.keel.exercise.ExerciseFilter;
import app.keel.exercise.ExerciseService;
import app.keel.exercise.ExerciseSummary;
import app.keel.program.prescription.PrescriptionService;
import org.springframework.data.domain.PageRequest;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;

import static app.keel.support.TestFixtures.as;

/** Shortcuts for program tests. */
public final class ProgramFixtures {

    private ProgramFixtures() {
    }

    public static ProgramDraft loadProgram(LocalDate start, int weeks) {
        ProgramDraft d = new ProgramDraft();
        d.setKind(ProgramKind.LOAD_PROGRESSION);
        d.setTitle("Hinge strength");
        d.setGoal("Lift the grandchildren without fear");
        d.setStartDate(start);
        d.setWeeks(weeks);
        d.setDays(EnumSet.allOf(DayOfWeek.class));
        d.setProgressionKind(ProgressionKind.KG_LOAD);
        d.setProgressionAmount(new BigDecimal("2.5"));
        d.setProgressionCap(new BigDecimal("40"));
        d.setDeloadEveryNthWeek(4);
        d.setDeloadVolumePercent(60);
        return d;
    }

    public static long builtIn(ExerciseService exercises, KeelUser user, String text) {
        ExerciseSummary found = as(user, () -> exercises.list(new ExerciseFilter(text, null, null),
                PageRequest.of(0, 1))).getFirst();
        return found.id();
    }

    /**
     * An active 8-week load program for the client, started on {@code start}, holding the first built-in each
     * search finds, in that order.
     */
    public static ProgramDetails running(ProgramService programs, PrescriptionService items, ExerciseService exercises,
                                         KeelUser staff, long clientId, LocalDate start, String... searches) {
        ProgramDetails program = as(staff, () -> programs.create(clientId, loadProgram(start, 8)));
        for (String search : searches) {
            as(staff, () -> items.add(program.id(), programs.get(program.id()).version(), builtIn(exercises, staff,
                    search)));
        }
        return as(staff, () -> programs.changeStatus(program.id(), programs.get(program.id()).version(),
                ProgramStatus.ACTIVE));
    }
}
