package app.keel.client.ui;

import app.keel.client.ClientSummary;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;

/** Lets tests of other features open the clients grid (its fields are package-private by design). */
public final class ClientListViewAccess {

    private ClientListViewAccess() {
    }

    public static ClientListView open(SpringBrowserlessTest test) {
        return test.navigate(ClientListView.class);
    }

    public static Grid<ClientSummary> grid(ClientListView view) {
        return view.grid;
    }
}
