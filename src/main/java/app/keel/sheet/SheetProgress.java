package app.keel.sheet;

/** Told after each sheet of a batch is written, so a progress bar can follow. */
@FunctionalInterface
public interface SheetProgress {

    void sheetsDone(int done, int total);
}
