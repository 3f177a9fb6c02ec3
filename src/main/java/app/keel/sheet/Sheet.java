package app.keel.sheet;

/** A rendered program sheet and the file name to save it under (ASCII only, safe in any header). */
public record Sheet(String fileName, byte[] pdf) {
}
