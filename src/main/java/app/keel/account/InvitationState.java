package app.keel.account;

public enum InvitationState {
    VALID, EXPIRED, USED, REPLACED, UNKNOWN
}
