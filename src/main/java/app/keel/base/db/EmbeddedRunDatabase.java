package app.keel.base.db;

/**
 * Present (as a bean) only while Keel runs on its own embedded database, the one-command run. Demo data asks for it:
 * demo logins with a published password must never reach a real studio's database, whatever profile was forgotten.
 */
public record EmbeddedRunDatabase(String jdbcUrl) {
}
