package app.keel.program;

import app.keel.program.dosage.WeeklyOutcomes;
import org.springframework.stereotype.Component;

/**
 * The progression gate's inputs until client logging exists: no adherence and no pain data, so a gated program
 * holds its dose (the gate never guesses that the work was done).
 */
@Component
class NoOutcomesYet implements WeekPlanService.ProgressSource {

    @Override
    public WeeklyOutcomes outcomes(Program program) {
        return WeeklyOutcomes.NONE;
    }
}
