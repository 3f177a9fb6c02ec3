package app.keel.program.template;

import java.util.List;

/** What a bulk assignment did: one line per client, created or not and why. */
public record BulkAssignResult(List<Created> created, List<Failed> failed) {

    public record Created(long clientId, String clientName, long programId) {
    }

    public record Failed(long clientId, String reason) {
    }
}
