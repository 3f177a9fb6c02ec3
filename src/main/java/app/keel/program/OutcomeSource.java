package app.keel.program;

import app.keel.program.dosage.ProgramCalendar;
import app.keel.program.dosage.WeeklyOutcomes;

/**
 * Where the progression gate's evidence comes from: the logbook implements it, so this module never reads logs
 * itself (and the two modules do not depend on each other in a circle). Called inside an access-checked service
 * method only.
 */
public interface OutcomeSource {

    /** Adherence and pain per program week of one program with {@code items} current items. */
    WeeklyOutcomes outcomes(long programId, long clientId, ProgramCalendar calendar, int items);
}
