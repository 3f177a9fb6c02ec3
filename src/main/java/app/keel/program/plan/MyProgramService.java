package app.keel.program.plan;

import app.keel.account.security.CurrentUser;
import app.keel.account.security.KeelUser;
import app.keel.client.ClientRef;
import app.keel.client.ClientService;
import app.keel.exercise.ExerciseDetails;
import app.keel.exercise.ExerciseService;
import app.keel.program.Deload;
import app.keel.program.DeloadRepository;
import app.keel.program.DeloadRow;
import app.keel.program.EngineInputs;
import app.keel.program.OutcomeSource;
import app.keel.program.Program;
import app.keel.program.ProgramPauseRepository;
import app.keel.program.ProgramRepository;
import app.keel.program.ProgramStatus;
import app.keel.program.dosage.Course;
import app.keel.program.dosage.DosageEngine;
import app.keel.program.dosage.Dose;
import app.keel.program.dosage.PlanItem;
import app.keel.program.dosage.ProgramCalendar;
import app.keel.program.dosage.ProgressionGate;
import app.keel.program.dosage.WeeklyOutcomes;
import app.keel.program.prescription.Prescription;
import app.keel.program.prescription.PrescriptionRepository;
import app.keel.program.prescription.RhythmDays;
import app.keel.studio.LoadSteps;
import app.keel.studio.StudioLoadSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The client's own running programs, with today's effective dosage. Clients read only their own. */
@Service
public class MyProgramService {

    private static final Logger LOG = LoggerFactory.getLogger(MyProgramService.class);

    private final ProgramRepository programs;
    private final PrescriptionRepository items;
    private final DeloadRepository deloads;
    private final ClientService clients;
    private final ExerciseService exercises;
    private final OutcomeSource progress;
    private final Clock clock;
    private final ProgramPauseRepository pauses;
    private final StudioLoadSteps loadSteps;
    private final DosageEngine engine = new DosageEngine();

    MyProgramService(ProgramRepository programs, PrescriptionRepository items, DeloadRepository deloads,
                     ClientService clients, ExerciseService exercises, OutcomeSource progress,
                     Clock clock, ProgramPauseRepository pauses, StudioLoadSteps loadSteps) {
        this.pauses = pauses;
        this.loadSteps = loadSteps;
        this.programs = programs;
        this.items = items;
        this.deloads = deloads;
        this.clients = clients;
        this.exercises = exercises;
        this.progress = progress;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLIENT')")
    public List<MyProgram> myPrograms() {
        KeelUser me = CurrentUser.require();
        return myProgramsOn(me.today(clock));
    }

    /** The client's running programs as they stood on {@code date} (the logbook's catch-up days). */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('CLIENT')")
    public List<MyProgram> myProgramsOn(LocalDate date) {
        KeelUser me = CurrentUser.require();
        ClientRef client = clients.me();
        return programs.visibleToClient(me.studioId(), client.id()).stream()
                .map(p -> safeView(p, date)).toList();
    }

    /** Whatever is stored, the client's page opens: a program the engine refuses is shown as needing attention. */
    private MyProgram safeView(Program program, LocalDate date) {
        try {
            return view(program, date);
        } catch (IllegalArgumentException | ArithmeticException e) {
            LOG.warn("Program {} cannot be shown to its client: {}", program.getId(), e.getMessage());
            return new MyProgram(program.getId(), program.getTitle(), program.getKind(), program.getGoal(),
                    program.getStatus(), program.getStartDate(), program.getEndDate(), date, false, false, null,
                    null, List.of(), List.of(), true);
        }
    }

    private MyProgram view(Program program, LocalDate today) {
        ProgramCalendar calendar = EngineInputs.calendar(program);
        List<Deload> planned = deloads.forProgram(program.getId());
        List<Prescription> order = items.inOrder(program.getId());
        boolean active = program.getStatus() == ProgramStatus.ACTIVE;
        boolean scheduled = active && calendar.isScheduled(today);
        Integer deloadPercent = null;
        List<MyProgram.Item> todayItems = new ArrayList<>();
        // Daily-rhythm items run on their own days, so a rest day from training may still hold some.
        if (active && calendar.weekOf(today).isPresent()) {
            WeeklyOutcomes outcomes = progress.outcomes(program.getId(), program.getClientId(), calendar,
                    order.size());
            Map<Long, ExerciseDetails> library = exercises.forPrograms(
                    order.stream().map(Prescription::getExerciseId).toList());
            Course course = EngineInputs.course(program, planned, pauses.forProgram(program.getId()));
            ProgressionGate gate = EngineInputs.gate(program);
            LoadSteps steps = loadSteps.of(program.getStudioId());
            OptionalInt reduced = engine.reducedVolumeOn(today, calendar, gate, outcomes, course);
            deloadPercent = reduced.isPresent() ? reduced.getAsInt() : null;
            for (Prescription item : order) {
                ExerciseDetails exercise = library.get(item.getExerciseId());
                if (!RhythmDays.dueOn(today, calendar, exercise.category(), item.getRhythmDays())) {
                    continue;
                }
                PlanItem planItem = EngineInputs.item(program, item, exercise.category(), steps);
                Dose dose = planItem.recovery()
                        ? engine.rhythmDoseOn(today, calendar, planItem, gate, outcomes, course).orElseThrow()
                        : engine.doseOn(today, calendar, planItem, gate, outcomes, course).orElseThrow();
                String easierBy = dose.deload() ? DoseText.deloadChange(dose,
                        engine.usualDose(planItem, dose.progressionSteps())) : "";
                List<String> cues = item.getCues() == null ? exercise.cues() : List.of(item.getCues());
                todayItems.add(new MyProgram.Item(item.getId(), exercise.name(), DoseText.inWords(dose,
                        item.getLoadKind(), item.getBand(), item.getSide(), exercise.oneSided()), dose,
                        item.getSets(), item.getTimeAnchors(), cues, item.getStopRule(), exercise.instructions(),
                        item.getRestPosition(), item.getPurpose(), easierBy.isEmpty() ? null : easierBy,
                        exercise.precautions(), exercise.category()));
            }
        }
        List<DeloadRow> upcoming = planned.stream().filter(d -> !d.getEndDate().isBefore(today))
                .map(DeloadRow::of).toList();
        return new MyProgram(program.getId(), program.getTitle(), program.getKind(), program.getGoal(),
                program.getStatus(), program.getStartDate(), program.getEndDate(), today, scheduled,
                scheduled && deloadPercent != null, scheduled ? deloadPercent : null, nextSession(calendar, today),
                todayItems, upcoming, false);
    }

    private static LocalDate nextSession(ProgramCalendar calendar, LocalDate today) {
        for (LocalDate d = today.plusDays(1); !d.isAfter(calendar.end()); d = d.plusDays(1)) {
            if (calendar.isScheduled(d)) {
                return d;
            }
        }
        return null;
    }
}
