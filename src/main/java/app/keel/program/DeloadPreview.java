package app.keel.program;

import java.time.LocalDate;
import java.util.List;

/** What a proposed deload would change on its first day: each item's dose without it and with it. */
public record DeloadPreview(long programId, String programTitle, LocalDate day, List<Item> items) {

    public record Item(String exercise, String before, String after) {
    }
}
