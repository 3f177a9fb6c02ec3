package app.keel.account;

/** The studio settings a signed-in user carries: time zone and locale. */
public record StudioSettings(String timeZone, String locale) {
}
