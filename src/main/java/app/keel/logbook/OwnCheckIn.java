package app.keel.logbook;

/** The signed-in client's record id and their check-in of one day (null when there is none yet). */
record OwnCheckIn(long clientId, CheckIn existing) {
}
