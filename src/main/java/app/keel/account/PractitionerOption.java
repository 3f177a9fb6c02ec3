package app.keel.account;

/** A practitioner as a choice in a list. */
public record PractitionerOption(long id, String fullName) {
}
