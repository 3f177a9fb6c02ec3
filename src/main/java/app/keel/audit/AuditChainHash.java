package app.keel.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash of one audit event: SHA-256 over a canonical form of its fields and the previous event's hash. The
 * database computes the same thing when it appends a row (function {@code audit_event_hash}, migration 0045); this
 * independent copy is what verification trusts, so a forged function in the database does not vouch for itself.
 * <p>
 * Canonical form: {@code keel-audit-v1;} then each field as {@code <UTF-8 byte length>:<text>;} ({@code -;} for
 * null), time as microseconds since the epoch. Length prefixes make the form unambiguous whatever the text holds.
 */
final class AuditChainHash {

    /** The "previous hash" of a chain's first event. */
    static final String GENESIS = "0".repeat(64);

    private AuditChainHash() {
    }

    static String of(ChainedEvent e, String previous) {
        StringBuilder form = new StringBuilder("keel-audit-v1;");
        field(form, Long.toString(e.chainKey()));
        field(form, Long.toString(e.chainSeq()));
        field(form, Long.toString(micros(e.occurredAt())));
        field(form, e.actor());
        field(form, text(e.actorAccountId()));
        field(form, text(e.studioId()));
        field(form, e.action());
        field(form, e.subjectType());
        field(form, text(e.subjectId()));
        field(form, text(e.clientId()));
        field(form, e.clientAddress());
        field(form, e.detail());
        field(form, e.outcome());
        field(form, previous);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(form.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e1) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e1);
        }
    }

    static long micros(Instant t) {
        return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000L), t.getNano() / 1_000);
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }

    private static void field(StringBuilder form, String value) {
        if (value == null) {
            form.append("-;");
        } else {
            form.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value).append(';');
        }
    }
}
