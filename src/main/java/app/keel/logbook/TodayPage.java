package app.keel.logbook;

import app.keel.program.plan.MyProgram;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One day of the client's logbook: the programs' items for {@code date}, what was logged (by prescription id), the
 * day's check-in, and how far back the client may go. Items may be logged from {@code earliest} to {@code today};
 * a check-in stays editable on its day and the next ({@code checkInOpen}). {@code breaks}: the counts of "times a
 * day" items on {@code date}, by prescription id (absent: none yet).
 */
public record TodayPage(LocalDate date, LocalDate today, LocalDate earliest, List<MyProgram> programs,
                        Map<Long, ItemLogDetails> logs, CheckInDetails checkIn, boolean checkInOpen,
                        Map<Long, Integer> breaks) {

    public int breaksDone(long prescriptionId) {
        return breaks.getOrDefault(prescriptionId, 0);
    }

    public Optional<ItemLogDetails> log(long prescriptionId) {
        return Optional.ofNullable(logs.get(prescriptionId));
    }

    public boolean isToday() {
        return date.equals(today);
    }

    public boolean canGoBack() {
        return date.isAfter(earliest);
    }
}
