package app.keel.privacy;

/** What erasing a client will remove, so the admin confirms knowing it. */
public record ErasurePreview(long clientId, String fullName, boolean hasLogin, int programs, int itemLogs,
                             int checkIns, int psfsRatings, int consentRecords) {
}
