package app.keel.sheet;

/** What a batch download held: sheets written, and chosen clients that had no active program. */
public record BatchResult(int sheets, int clientsWithoutActiveProgram) {
}
