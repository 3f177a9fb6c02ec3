package app.keel.base.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/**
 * The client portal's frame: one column, large touch targets, a bottom bar of the /my pages.
 * Designed from 360 px wide upwards; nothing here needs a mouse.
 */
@Layout("my")
@RolesAllowed("CLIENT")
public class PortalLayout extends Div implements RouterLayout {

    private final Main content;

    public PortalLayout(AuthenticationContext auth) {
        addClassName("keel-portal");
        Span brand = new Span("Keel");
        brand.addClassName("keel-portal-brand");
        Button signOut = new Button("Sign out", e -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        Header header = new Header(brand, signOut);
        header.addClassName("keel-portal-header");

        Nav nav = new Nav();
        nav.addClassName("keel-portal-nav");
        Menus.under("my").forEach(entry -> nav.add(new Anchor(entry.path(), entry.title())));
        Footer footer = new Footer(nav);
        footer.addClassName("keel-portal-footer");

        Main content = new Main();
        content.addClassName("keel-portal-main");
        add(header, content, footer);
        this.content = content;
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        if (view != null) {
            content.getElement().appendChild(view.getElement());
        }
    }
}
