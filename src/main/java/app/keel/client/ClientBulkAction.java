package app.keel.client;

import java.util.List;

/**
 * Something other features offer for several clients chosen in the clients grid (e.g. assigning a program
 * template). Implementations are Spring beans; the grid shows one button per action, so this feature needs no
 * knowledge of the others.
 */
public interface ClientBulkAction {

    String label();

    /** Runs in the UI thread with the chosen rows; shows its own dialog and result. */
    void run(List<ClientSummary> clients, Runnable whenDone);
}
