package app.keel.privacy.ui;

import com.vaadin.flow.component.html.Anchor;

/** A link to an export address (served outside the router), saved as a file so it never replaces the page. */
final class Downloads {

    private Downloads() {
    }

    static Anchor link(String href, String text, String id) {
        Anchor link = new Anchor(href, text);
        link.setRouterIgnore(true);
        link.getElement().setAttribute("download", true);
        link.setId(id);
        return link;
    }
}
