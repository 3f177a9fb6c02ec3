package app.keel.progress;

/**
 * A flag raised on a client, the sentence that explains it, and the key of the condition that raised it: an
 * acknowledgement holds while the key stays the same and lapses when the condition changes.
 */
public record RaisedFlag(Flag flag, String explanation, String conditionKey, boolean acknowledged) {

    public RaisedFlag acknowledge() {
        return new RaisedFlag(flag, explanation, conditionKey, true);
    }
}
