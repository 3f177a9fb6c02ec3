package app.keel.account;

/** What a login may do: everything its roles allow, only read (a discharged client), or nothing (switched off). */
public enum LoginAccess {
    FULL, READ_ONLY, NONE
}
