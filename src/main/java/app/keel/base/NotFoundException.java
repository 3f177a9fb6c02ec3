package app.keel.base;

/**
 * A record that does not exist, or that the current user may not see: both answer the same way,
 * so nobody can probe for another studio's or another client's records.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException() {
        super("This record does not exist or you do not have access to it.");
    }
}
