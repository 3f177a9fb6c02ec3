package app.keel.program;

import java.time.LocalDate;
import java.util.List;

/** A client's program as their phone shows it: today's items and what is coming. */
public record MyProgram(long id, String title, ProgramKind kind, String goal, ProgramStatus status, LocalDate endDate,
                        boolean scheduledToday, boolean deloadToday, LocalDate nextSession, List<Item> today,
                        List<DeloadRow> upcomingDeloads) {

    public record Item(String exercise, String dose, List<String> cues, String stopRule, String instructions) {
    }
}
