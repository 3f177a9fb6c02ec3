package app.keel.audit;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client whose request is running, as the servlet container sees it (behind a proxy with
 * {@code server.forward-headers-strategy}, the forwarded one). Null outside a request (start-up, demo seeding).
 */
@Component
class ClientAddress {

    private static final int MAX = 64;

    String current() {
        String address = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            address = attributes.getRequest().getRemoteAddr();
        } else if (VaadinRequest.getCurrent() != null) {
            address = VaadinRequest.getCurrent().getRemoteAddr();
        }
        return address == null || address.length() <= MAX ? address : address.substring(0, MAX);
    }
}
