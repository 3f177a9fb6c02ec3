package app.keel.base.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

/**
 * What a signed-in person sees for an address that is not a page, or a page their role may not open: the same page
 * and status (404) for both, so nobody learns which addresses exist, and a way back to where they belong.
 */
final class PageNotFound {

    static final String TITLE = "Page not found";
    static final String TEXT = "This page does not exist, or it is not one you can open.";
    static final String HOME = "Back to the start page";

    private PageNotFound() {
    }

    static void fill(VerticalLayout page) {
        page.removeAll();
        page.addClassName("keel-centered");
        page.setSizeFull();
        page.setAlignItems(VerticalLayout.Alignment.CENTER);
        page.setJustifyContentMode(VerticalLayout.JustifyContentMode.CENTER);
        page.add(new H1(TITLE), new Paragraph(TEXT), new RouterLink(HOME, RootView.class));
    }
}
