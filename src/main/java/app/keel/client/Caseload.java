package app.keel.client;

/**
 * The caseload rule as a JPQL condition on a client aliased {@code c}, for features whose queries must only see
 * clients the caller may see: studio admins the whole studio (:everyone), practitioners their primary clients and
 * those shared with them (:practitionerId). Bind :studioId, :everyone and :practitionerId.
 */
public final class Caseload {

    public static final String VISIBLE = """
            c.studioId = :studioId and (:everyone = true or c.primaryPractitionerId = :practitionerId
              or exists (select 1 from ClientShare s where s.clientId = c.id and s.practitionerId = :practitionerId))""";

    private Caseload() {
    }

    /** The practitioner id to bind for a user without a practitioner profile (matches nobody). */
    public static final long NO_PRACTITIONER = -1L;
}
