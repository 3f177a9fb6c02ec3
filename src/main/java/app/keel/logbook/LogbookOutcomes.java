package app.keel.logbook;

import app.keel.logbook.adherence.Adherence;
import app.keel.logbook.adherence.ScheduledProgram;
import app.keel.program.OutcomeSource;
import app.keel.program.dosage.FixedOutcomes;
import app.keel.program.dosage.ProgramCalendar;
import app.keel.program.dosage.WeeklyOutcomes;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The progression gate's evidence from the logbook: adherence per program week (done ÷ scheduled, the one rule in
 * {@link Adherence}) and the average worst pain of the week's check-ins. A week without logs or check-ins has no
 * entry, and the gate holds on missing data. Two statements per program.
 */
@Component
class LogbookOutcomes implements OutcomeSource {

    private final ItemLogRepository logs;
    private final CheckInRepository checkIns;

    LogbookOutcomes(ItemLogRepository logs, CheckInRepository checkIns) {
        this.logs = logs;
        this.checkIns = checkIns;
    }

    @Override
    public WeeklyOutcomes outcomes(long programId, long clientId, ProgramCalendar calendar, int items) {
        ScheduledProgram program = new ScheduledProgram(programId, calendar, items);
        Map<Integer, Double> adherence = new HashMap<>();
        for (Object[] row : logs.perProgramWeek(programId, calendar.start())) {
            int week = LogDay.number(row[0]);
            if (week >= calendar.weeks()) {
                continue;
            }
            int scheduled = 0;
            for (LocalDate d = calendar.weekStart(week); d.isBefore(calendar.weekStart(week).plusDays(7));
                 d = d.plusDays(1)) {
                scheduled += program.scheduledOn(d);
            }
            Adherence.percent(scheduled, LogDay.number(row[1]), LogDay.number(row[2]))
                    .ifPresent(p -> adherence.put(week, p));
        }
        Map<Integer, Double> pain = new HashMap<>();
        for (Object[] row : checkIns.worstPainPerWeek(clientId, calendar.start(), calendar.end())) {
            pain.put(LogDay.number(row[0]), ((Number) row[1]).doubleValue());
        }
        return new FixedOutcomes(adherence, pain);
    }
}
