package app.keel.privacy;

import java.time.Instant;

/**
 * A version of a studio's privacy notice. {@code builtIn} is Keel's default text, shown until the studio saves its
 * own; it is stored as version 1 the first time a client agrees to it, so a consent always points at a stored text.
 */
public record PrivacyNotice(int version, String body, Instant createdAt, boolean builtIn) {
}
