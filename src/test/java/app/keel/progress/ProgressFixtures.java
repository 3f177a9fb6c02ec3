package app.keel.progress;

import app.keel.account.security.KeelUser;
import app.keel.exercise.ExerciseService;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramDraft;
import app.keel.program.ProgramFixtures;
import app.keel.program.ProgramService;
import app.keel.program.ProgramStatus;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static app.keel.support.TestFixtures.as;

/**
 * Running programs through the real services, and history written straight into the tables (no client could log
 * weeks back, which is exactly what progress tests need).
 */
@Component
public class ProgressFixtures {

    private final ProgramService programs;
    private final PrescriptionService items;
    private final ExerciseService exercises;
    private final JdbcTemplate jdbc;

    ProgressFixtures(ProgramService programs, PrescriptionService items, ExerciseService exercises,
                     JdbcTemplate jdbc) {
        this.programs = programs;
        this.items = items;
        this.exercises = exercises;
        this.jdbc = jdbc;
    }

    public record Running(long id, long studioId, long clientId, List<PrescriptionRow> items) {
    }

    /**
     * A 12-week load program every day from {@code start} with a deload every 4th week at 60 %, two items (one of
     * them loaded), active.
     */
    public Running running(KeelUser staff, long studioId, long clientId, LocalDate start) {
        ProgramDraft draft = ProgramFixtures.loadProgram(start, 12);
        ProgramDetails program = as(staff, () -> programs.create(clientId, draft));
        List<PrescriptionRow> rows = new ArrayList<>();
        rows.add(as(staff, () -> items.add(program.id(), programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, staff, "dead bug"))));
        PrescriptionRow loaded = as(staff, () -> items.add(program.id(), programs.get(program.id()).version(),
                ProgramFixtures.builtIn(exercises, staff, "kettlebell deadlift")));
        var d = loaded.toDraft();
        d.setLoadKind(app.keel.exercise.LoadKind.KG);
        d.setLoadKg(new BigDecimal("8"));
        rows.add(as(staff, () -> items.update(loaded.id(), loaded.version(), d)));
        long version = as(staff, () -> programs.get(program.id())).version();
        as(staff, () -> programs.changeStatus(program.id(), version, ProgramStatus.ACTIVE));
        return new Running(program.id(), studioId, clientId, rows);
    }

    /** Logs every item of {@code day} with {@code outcome} (DONE, PARTLY, SKIPPED); loaded items at {@code kg}. */
    public void log(Running p, LocalDate day, String outcome, BigDecimal kg, Integer rpe) {
        for (PrescriptionRow item : p.items()) {
            boolean loaded = item.loadKg() != null;
            jdbc.update("""
                    insert into item_log (studio_id, client_id, program_id, prescription_id, log_date, outcome,
                                          load_kg, rpe, logged_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, now())""", p.studioId(), p.clientId(), p.id(), item.id(), day,
                    outcome, loaded && !"SKIPPED".equals(outcome) ? kg : null, loaded ? rpe : null);
        }
    }

    public void checkIn(Running p, LocalDate day, int worstPain, boolean flareUp) {
        jdbc.update("""
                insert into check_in (studio_id, client_id, check_date, pain_now, worst_pain, stiffness,
                                      sleep_quality, stress, confidence, flare_up, saved_at)
                values (?, ?, ?, ?, ?, 4, 6, 5, 7, ?, now())""", p.studioId(), p.clientId(), day,
                Math.max(0, worstPain - 1), worstPain, flareUp);
    }
}
