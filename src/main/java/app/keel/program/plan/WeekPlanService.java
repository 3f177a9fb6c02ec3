package app.keel.program.plan;

import app.keel.program.DeloadDraft;
import app.keel.program.DeloadPreview;
import app.keel.program.DeloadRepository;
import app.keel.program.EngineInputs;
import app.keel.program.OutcomeSource;
import app.keel.program.Program;
import app.keel.program.ProgramAccess;
import app.keel.program.ProgramPauseRepository;
import app.keel.program.dosage.DeloadPeriod;
import app.keel.program.dosage.DosageEngine;
import app.keel.program.dosage.PlanItem;
import app.keel.program.dosage.ProgramCalendar;
import app.keel.program.dosage.StepSize;
import app.keel.program.dosage.WeekPlan;
import app.keel.program.dosage.WeeklyOutcomes;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import app.keel.program.dosage.Course;
import app.keel.studio.LoadSteps;
import app.keel.studio.StudioLoadSteps;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The week plan: exactly what the client will be asked to do, week by week, as the practitioner sees it. */
@Service
public class WeekPlanService {

    private static final Logger LOG = LoggerFactory.getLogger(WeekPlanService.class);

    private final ProgramAccess access;
    private final PrescriptionService items;
    private final DeloadRepository deloads;
    private final OutcomeSource progress;
    private final ProgramPauseRepository pauses;
    private final StudioLoadSteps loadSteps;
    private final DosageEngine engine = new DosageEngine();

    WeekPlanService(ProgramAccess access, PrescriptionService items, DeloadRepository deloads,
                    OutcomeSource progress, ProgramPauseRepository pauses, StudioLoadSteps loadSteps) {
        this.pauses = pauses;
        this.loadSteps = loadSteps;
        this.access = access;
        this.items = items;
        this.deloads = deloads;
        this.progress = progress;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public WeekPlanTable weekPlan(long programId) {
        return plan(access.program(programId), items.rows(programId));
    }

    /** The plan of a program whose access the caller has checked (the editor above, the printed sheet). */
    WeekPlanTable plan(Program program, List<PrescriptionRow> rows) {
        try {
            return table(program, rows);
        } catch (IllegalArgumentException | ArithmeticException e) {
            // The engine refuses values no form should have let through (older rows, hand edits in the database):
            // the practitioner gets a page that says what to fix rather than an error page.
            LOG.warn("Program {} cannot be planned: {}", program.getId(), e.getMessage());
            return WeekPlanTable.needsAttention(e.getMessage());
        }
    }

    private WeekPlanTable table(Program program, List<PrescriptionRow> rows) {
        ProgramCalendar calendar = EngineInputs.calendar(program);
        LoadSteps steps = loadSteps.of(program.getStudioId());
        List<PlanItem> planItems = rows.stream().map(r -> EngineInputs.item(program, r, steps)).toList();
        WeekPlan plan = engine.plan(calendar, planItems, EngineInputs.gate(program),
                progress.outcomes(program.getId(), program.getClientId(), calendar, rows.size()),
                EngineInputs.course(program, deloads.forProgram(program.getId()), pauses.forProgram(program.getId())));
        List<WeekPlanTable.Week> weeks = new ArrayList<>();
        for (int w = 0; w < plan.weeks(); w++) {
            weeks.add(new WeekPlanTable.Week(w + 1, calendar.weekStart(w), plan.isDeloadWeek(w)));
        }
        List<WeekPlanTable.Item> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PrescriptionRow row = rows.get(i);
            List<String> doses = new ArrayList<>();
            List<java.math.BigDecimal> loads = new ArrayList<>();
            for (int w = 0; w < plan.weeks(); w++) {
                doses.add(DoseText.of(plan.dose(w, i), row.loadKind(), row.band(), row.side(), row.oneSided()));
                loads.add(row.loadKind() == app.keel.exercise.LoadKind.KG ? plan.dose(w, i).loadKg() : null);
            }
            table.add(new WeekPlanTable.Item(row.exerciseName(), doses, loads));
        }
        List<String> warnings = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PrescriptionRow row = rows.get(i);
            StepSize.firstLargeStep(calendar, planItems.get(i)).ifPresent(step -> warnings.add(row.exerciseName()
                    + ": the step into week " + (step.week() + 1) + " goes from " + kg(step.fromKg()) + " to "
                    + kg(step.toKg()) + " (+" + step.percent() + " %), more than about " + StepSize.WARN_ABOVE_PERCENT
                    + " % in one week. A smaller step or a percentage rule may suit this item better."));
            PlanItem item = planItems.get(i);
            StepSize.firstSlowedWeek(calendar, item).ifPresent(week -> warnings.add(row.exerciseName()
                    + ": from week " + (week + 1) + " the rule asks for more than one " + row.loadEquipment().label()
                    .toLowerCase(Locale.ROOT) + " step (" + kg(item.incrementKg())
                    + ") a week; Keel adds one step a week at most."));
        }
        return new WeekPlanTable(weeks, table, null, warnings);
    }

    private static String kg(BigDecimal kg) {
        return kg.stripTrailingZeros().toPlainString() + " kg";
    }

    /**
     * The doses on the proposed deload's first day, without and with it, so the practitioner confirms an easier week
     * knowing what the client will see. Nothing is saved.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public DeloadPreview deloadPreview(long programId, DeloadDraft draft) {
        Program program = access.program(programId);
        List<PrescriptionRow> rows = items.rows(programId);
        ProgramCalendar calendar = EngineInputs.calendar(program);
        WeeklyOutcomes outcomes = progress.outcomes(program.getId(), program.getClientId(), calendar, rows.size());
        List<DeloadPeriod> now = EngineInputs.periods(deloads.forProgram(programId));
        List<DeloadPeriod> with = new ArrayList<>(now);
        with.add(new DeloadPeriod(draft.startDate(), draft.endDate(), draft.volumePercent(), draft.reason()));
        List<DeloadPreview.Item> preview = new ArrayList<>();
        for (PrescriptionRow row : rows) {
            preview.add(new DeloadPreview.Item(row.exerciseName(), doseOn(draft.startDate(), program, calendar, row,
                    outcomes, now), doseOn(draft.startDate(), program, calendar, row, outcomes, with)));
        }
        return new DeloadPreview(programId, program.getTitle(), draft.startDate(), preview);
    }

    private String doseOn(LocalDate date, Program program, ProgramCalendar calendar, PrescriptionRow row,
                          WeeklyOutcomes outcomes, List<DeloadPeriod> deloadPeriods) {
        return engine.doseOn(date, calendar, EngineInputs.item(program, row, loadSteps.of(program.getStudioId())),
                        EngineInputs.gate(program), outcomes, Course.of(deloadPeriods))
                .map(d -> DoseText.of(d, row.loadKind(), row.band(), row.side(), row.oneSided())).orElse("—");
    }
}
