package app.keel.client;

import java.time.Instant;

/** A row of the clients grid: only what the row shows, fetched in one statement. */
public record ClientSummary(long id, String fullName, String email, ClientStatus status, String practitionerName,
                            Instant lastActivityAt) {
}
