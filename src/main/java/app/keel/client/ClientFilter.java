package app.keel.client;

import java.util.EnumSet;
import java.util.Set;

/** The clients grid's filter: free text over name and e-mail, and a status (null for any). */
public record ClientFilter(String text, ClientStatus status) {

    public static ClientFilter none() {
        return new ClientFilter("", null);
    }

    Set<ClientStatus> statuses() {
        return status == null ? EnumSet.allOf(ClientStatus.class) : EnumSet.of(status);
    }
}
