package app.keel.logbook;

/** The same entry was saved differently from another phone or tab since this one loaded it. Nothing was changed. */
public class AlreadyLoggedException extends RuntimeException {

    public AlreadyLoggedException() {
        super("This was already saved from another phone or window, with different answers. We now show what was "
                + "saved; change it again if you need to.");
    }
}
