package app.keel.audit;

import java.time.LocalDate;

/**
 * What the admin narrows the trail to; every part is optional. Dates are days in the studio's time zone, both
 * included.
 *
 * @param personId the account that acted
 * @param clientId the client whose record it was
 * @param kind     the action, e.g. PROGRAM_READ
 */
public record AuditFilter(Long personId, Long clientId, String kind, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
