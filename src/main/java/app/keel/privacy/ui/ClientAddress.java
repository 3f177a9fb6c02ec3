package app.keel.privacy.ui;

import com.vaadin.flow.server.VaadinRequest;

/** The client's network address as the server saw it (behind the proxy: from its forwarded headers). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
