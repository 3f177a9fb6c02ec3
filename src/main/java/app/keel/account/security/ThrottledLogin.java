package app.keel.account.security;

import java.time.Instant;

/** A login of the admin's studio that must wait before its next sign-in attempt. */
public record ThrottledLogin(long id, String email, int failures, Instant lastFailureAt, Instant blockedUntil) {
}
