package app.keel.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * A row of the caseload: who, when they last logged, adherence over the last 7 days (null when nothing was
 * scheduled), the pain arrow and the raised flags, most urgent first. {@code urgency} counts only flags not yet
 * acknowledged.
 */
public record CaseloadRow(long clientId, String fullName, String practitionerName, LocalDate lastLog,
                          Double adherence7, PainTrend painTrend, List<RaisedFlag> flags, int urgency) {

    public CaseloadRow {
        flags = List.copyOf(flags);
    }

    public boolean has(Flag flag) {
        return flags.stream().anyMatch(f -> f.flag() == flag);
    }
}
