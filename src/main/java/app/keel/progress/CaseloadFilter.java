package app.keel.progress;

/**
 * What the caseload shows: the clients of one practitioner (null: all the caller may see), only those with
 * {@code flag} raised (null: everyone), most urgent first or by name.
 */
public record CaseloadFilter(Long practitionerId, Flag flag, boolean byUrgency) {

    public static CaseloadFilter mostUrgentFirst() {
        return new CaseloadFilter(null, null, true);
    }
}
