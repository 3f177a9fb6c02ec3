package app.keel.client;

/** Just enough of a client for another feature to attach records to it and name it. */
public record ClientRef(long id, String fullName) {
}
