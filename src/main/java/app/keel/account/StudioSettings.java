package app.keel.account;

/** The studio settings a signed-in user carries: time zone and locale. */
record StudioSettings(String timeZone, String locale) {
}
