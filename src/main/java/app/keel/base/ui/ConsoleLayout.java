package app.keel.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * The practitioner console's frame: side navigation built from the views' {@code @Menu} entries under
 * /console, so each person only sees the entries their role may open.
 */
@Layout("console")
@PermitAll
public class ConsoleLayout extends AppLayout {

    public ConsoleLayout(AuthenticationContext auth) {
        H1 title = new H1("Keel");
        title.addClassName("keel-app-title");

        SideNav nav = new SideNav();
        Menus.under("console").forEach(entry -> nav.addItem(new SideNavItem(entry.title(), entry.path(),
                        entry.icon() == null ? null : new Icon(entry.icon()))));

        Span who = new Span(auth.getPrincipalName().orElse(""));
        who.addClassName("keel-muted");
        Button signOut = new Button("Sign out", e -> auth.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), title, new Div(), who, signOut);
        header.setWidthFull();
        header.setAlignItems(HorizontalLayout.Alignment.CENTER);
        header.expand(header.getComponentAt(2));
        header.addClassName("keel-header");

        Span drawerTitle = new Span("Practitioner console");
        drawerTitle.addClassName("keel-drawer-title");
        addToNavbar(header);
        addToDrawer(drawerTitle, nav);
        setPrimarySection(Section.DRAWER);
    }
}
