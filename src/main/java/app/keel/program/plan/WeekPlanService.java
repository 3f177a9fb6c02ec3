package app.keel.program.plan;

import app.keel.program.DeloadRepository;
import app.keel.program.EngineInputs;
import app.keel.program.OutcomeSource;
import app.keel.program.Program;
import app.keel.program.ProgramAccess;
import app.keel.program.dosage.DosageEngine;
import app.keel.program.dosage.PlanItem;
import app.keel.program.dosage.ProgramCalendar;
import app.keel.program.dosage.WeekPlan;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/** The week plan: exactly what the client will be asked to do, week by week, as the practitioner sees it. */
@Service
public class WeekPlanService {

    private final ProgramAccess access;
    private final PrescriptionService items;
    private final DeloadRepository deloads;
    private final OutcomeSource progress;
    private final DosageEngine engine = new DosageEngine();

    WeekPlanService(ProgramAccess access, PrescriptionService items, DeloadRepository deloads,
                    OutcomeSource progress) {
        this.access = access;
        this.items = items;
        this.deloads = deloads;
        this.progress = progress;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public WeekPlanTable weekPlan(long programId) {
        Program program = access.program(programId);
        List<PrescriptionRow> rows = items.rows(programId);
        ProgramCalendar calendar = EngineInputs.calendar(program);
        List<PlanItem> planItems = rows.stream().map(r -> new PlanItem(EngineInputs.base(r),
                EngineInputs.rule(program))).toList();
        WeekPlan plan = engine.plan(calendar, planItems, EngineInputs.gate(program),
                progress.outcomes(program.getId(), program.getClientId(), calendar, rows.size()),
                EngineInputs.periods(deloads.forProgram(programId)));
        List<WeekPlanTable.Week> weeks = new ArrayList<>();
        for (int w = 0; w < plan.weeks(); w++) {
            weeks.add(new WeekPlanTable.Week(w + 1, calendar.weekStart(w), plan.isDeloadWeek(w)));
        }
        List<WeekPlanTable.Item> table = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            PrescriptionRow row = rows.get(i);
            List<String> doses = new ArrayList<>();
            for (int w = 0; w < plan.weeks(); w++) {
                doses.add(DoseText.of(plan.dose(w, i), row.loadKind(), row.band(), row.side()));
            }
            table.add(new WeekPlanTable.Item(row.exerciseName(), doses));
        }
        return new WeekPlanTable(weeks, table);
    }
}
