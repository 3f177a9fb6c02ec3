package app.keel.program;

import app.keel.program.dosage.DosageEngine;
import app.keel.program.dosage.PlanItem;
import app.keel.program.dosage.ProgramCalendar;
import app.keel.program.dosage.WeekPlan;
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
    private final PlannedDeloadRepository deloads;
    private final OutcomeSource progress;
    private final DosageEngine engine = new DosageEngine();

    WeekPlanService(ProgramAccess access, PrescriptionService items, PlannedDeloadRepository deloads,
                    OutcomeSource progress) {
        this.access = access;
        this.items = items;
        this.deloads = deloads;
        this.progress = progress;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('STUDIO_ADMIN', 'PRACTITIONER')")
    public WeekPlanTable weekPlan(long programId) {
        return table(access.program(programId), items.rows(programId));
    }

    /** The plan of a program whose access the caller has already checked (the editor and the printed sheet). */
    WeekPlanTable table(Program program, List<PrescriptionRow> rows) {
        long programId = program.getId();
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
