package app.keel.account;

/** What an invitation link shows before the password is set. */
public record InvitationCheck(InvitationState state, String displayName, String email) {
}
