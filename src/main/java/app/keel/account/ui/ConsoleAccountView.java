package app.keel.account.ui;

import app.keel.account.AccountService;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("console/account")
@PageTitle("My account · Keel")
@Menu(title = "My account", order = 9, icon = "vaadin:user")
@RolesAllowed({"STUDIO_ADMIN", "PRACTITIONER"})
class ConsoleAccountView extends VerticalLayout {

    ConsoleAccountView(AccountService accounts) {
        addClassName("keel-page");
        add(new ChangePasswordForm(accounts));
    }
}
