package app.keel.account.ui;

import app.keel.account.AccountService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

@Route("my/account")
@PageTitle("My account · Keel")
@Menu(title = "Account", order = 9)
@RolesAllowed("CLIENT")
class MyAccountView extends VerticalLayout {

    MyAccountView(AccountService accounts) {
        setPadding(false);
        // Export, the privacy notice and withdrawal live in the privacy feature; linked by address, like the console.
        Anchor data = new Anchor("my/data", "Your data and privacy: download it, read the notice, withdraw");
        data.setId("my-data-link");
        add(new ChangePasswordForm(accounts), data);
    }
}
