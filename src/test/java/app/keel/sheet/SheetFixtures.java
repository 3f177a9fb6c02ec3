package app.keel.sheet;

import app.keel.account.security.KeelUser;
import app.keel.exercise.ExerciseService;
import app.keel.exercise.LoadKind;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static app.keel.support.TestFixtures.as;

/** An active load program with a loaded hinge, a stability item and a daily habit: what a real sheet shows. */
public final class SheetFixtures {

    public static final List<String> SEARCHES = List.of("Hinge with two weights", "Dead bug: opposite",
            "first minutes after waking", "Side-lying with a pillow", "Hip hinge with a stick");

    private SheetFixtures() {
    }

    /** {@code items} exercises from {@link #SEARCHES} (cycled), the first loaded with 20 kg; activated. */
    public static ProgramDetails activeProgram(ProgramService programs, PrescriptionService items,
                                               ExerciseService exercises, KeelUser practitioner, long clientId,
                                               LocalDate start, int weeks, int itemCount) {
        ProgramDetails program = as(practitioner, () -> programs.create(clientId,
                ProgramFixtures.loadProgram(start, weeks)));
        for (int i = 0; i < itemCount; i++) {
            long exercise = ProgramFixtures.builtIn(exercises, practitioner, SEARCHES.get(i % SEARCHES.size()));
            PrescriptionRow row = as(practitioner, () -> items.add(program.id(), programs.get(program.id()).version(),
                    exercise));
            if (row.loadKind() == LoadKind.KG) {
                PrescriptionDraft draft = row.toDraft();
                draft.setLoadKg(new BigDecimal(20 + i));
                as(practitioner, () -> items.update(row.id(), row.version(), draft));
            }
        }
        long version = as(practitioner, () -> programs.get(program.id())).version();
        return as(practitioner, () -> programs.changeStatus(program.id(), version, ProgramStatus.ACTIVE));
    }
}
