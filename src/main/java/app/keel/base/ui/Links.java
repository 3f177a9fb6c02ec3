package app.keel.base.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** Absolute links on the address the user is looking at (what they copy must work from where they are). */
public final class Links {

    private Links() {
    }

    public static String absolute(String path) {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request instanceof VaadinServletRequest servletRequest) {
            HttpServletRequest http = servletRequest.getHttpServletRequest();
            String base = http.getScheme() + "://" + http.getServerName()
                    + (isDefaultPort(http.getScheme(), http.getServerPort()) ? "" : ":" + http.getServerPort())
                    + http.getContextPath();
            return base + "/" + path;
        }
        return "/" + path;
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
    }
}
