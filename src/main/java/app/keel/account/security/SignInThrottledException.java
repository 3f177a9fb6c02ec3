package app.keel.account.security;

import java.time.Duration;

/** Too many failed attempts: the person is told to wait, never which part of what they typed was wrong. */
public class SignInThrottledException extends RuntimeException {

    private final Duration wait;

    public SignInThrottledException(Duration wait) {
        super(message(wait));
        this.wait = wait;
    }

    public Duration getWait() {
        return wait;
    }

    /** Rounded up to whole minutes (at least one): "wait 1 minute" reads better than a count of seconds. */
    static String message(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return "Too many attempts. Please wait " + minutes + (minutes == 1 ? " minute" : " minutes")
                + " and try again.";
    }
}
