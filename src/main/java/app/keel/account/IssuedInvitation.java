package app.keel.account;

import java.time.Instant;

/** What the inviter sees once: the secret token (never stored in clear) and when it lapses. */
public record IssuedInvitation(long accountId, String email, String token, Instant expiresAt, boolean emailed) {

    public String path() {
        return "invitation/" + token;
    }
}
