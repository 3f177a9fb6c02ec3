package app.keel.logbook;

import app.keel.logbook.adherence.Adherence;
import app.keel.logbook.adherence.ScheduledProgram;
import app.keel.program.OutcomeSource;
import app.keel.program.dosage.PainMonitoring;
import app.keel.program.dosage.ProgramCalendar;
import app.keel.program.dosage.WeeklyOutcomes;
import org.springframework.stereotype.Component;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The progression gate's evidence from the logbook: adherence per program week (done ÷ scheduled, the one rule in
 * {@link Adherence}) and the daily check-ins, which {@link PainMonitoring} turns into weekly worst pain, flare-ups and
 * unsettled high pain. A week without logs or check-ins has no entry, and the gate holds on missing data. Two
 * statements per program.
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
        List<Integer> trainingDays = calendar.schedule().days().stream().map(DayOfWeek::getValue).toList();
        for (Object[] row : logs.perProgramWeek(programId, calendar.start(), trainingDays)) {
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
        List<PainMonitoring.DayPain> days = checkIns.painDays(clientId, calendar.start(), calendar.end().plusDays(1))
                .stream().map(r -> new PainMonitoring.DayPain((LocalDate) r[0], (Integer) r[1], (Integer) r[2],
                        (Boolean) r[3])).toList();
        return PainMonitoring.weekly(calendar, days, adherence);
    }
}
