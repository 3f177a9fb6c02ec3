package app.keel.privacy;

/** A file to hand to the browser: its name, type and bytes. */
public record Download(String fileName, String contentType, byte[] bytes) {
}
