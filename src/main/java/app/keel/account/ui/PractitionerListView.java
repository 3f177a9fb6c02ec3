package app.keel.account.ui;

import app.keel.account.AccountService;
import app.keel.account.IssuedInvitation;
import app.keel.account.LoginAccessService;
import app.keel.account.PractitionerSummary;
import app.keel.account.Role;
import app.keel.account.security.CurrentUser;
import app.keel.account.security.SignInThrottleService;
import app.keel.base.ConcurrentEditException;
import app.keel.base.InvalidInputException;
import app.keel.base.ui.InvitationLinkDialog;
import app.keel.base.ui.Links;
import app.keel.base.ui.Notifications;
import app.keel.studio.StudioService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.stream.Collectors;

/** Studio admins: the studio's practitioners, and inviting new ones. */
@Route("console/practitioners")
@PageTitle("Practitioners · Keel")
@Menu(title = "Practitioners", order = 2, icon = "vaadin:doctor")
@RolesAllowed("STUDIO_ADMIN")
class PractitionerListView extends VerticalLayout {

    private final transient AccountService accounts;
    private final transient LoginAccessService logins;
    final Grid<PractitionerSummary> grid = new Grid<>();
    private final TextField search = new TextField();

    PractitionerListView(AccountService accounts, LoginAccessService logins, StudioService studios,
                         SignInThrottleService throttles) {
        this.accounts = accounts;
        this.logins = logins;
        addClassName("keel-page");
        setSizeFull();

        search.setPlaceholder("Search name or e-mail");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button invite = new Button("Invite practitioner", VaadinIcon.PLUS.create(),
                e -> new InvitePractitionerDialog(accounts, this::showInvitation).open());
        invite.addThemeVariants(ButtonVariant.PRIMARY);

        grid.addColumn(PractitionerSummary::fullName).setHeader("Name").setSortable(false).setFlexGrow(2);
        grid.addColumn(PractitionerSummary::email).setHeader("E-mail").setFlexGrow(2);
        grid.addColumn(p -> p.roles().stream().map(Role::label).collect(Collectors.joining(", ")))
                .setHeader("Roles");
        grid.addColumn(PractitionerSummary::loginState).setHeader("Login");
        grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true);
        grid.setItemsPageable(pageable -> accounts.listPractitioners(search.getValue(), pageable));
        grid.setEmptyStateText("No practitioners match.");
        grid.setSizeFull();

        HorizontalLayout toolbar = new HorizontalLayout(search, invite);
        toolbar.setWidthFull();
        toolbar.expand(search);
        add(new H2("Practitioners"), toolbar, grid, dischargeSetting(studios), new ThrottledLoginsSection(throttles));
    }

    private Component actions(PractitionerSummary p) {
        if (!p.enabled()) {
            return new Button("Switch on", e -> {
                logins.reactivatePractitioner(p.id());
                grid.getDataProvider().refreshAll();
                Notifications.success(p.fullName() + " can sign in again.");
            });
        }
        Button off = new Button("Switch off", e -> new SwitchOffPractitionerDialog(p, accounts, logins, () -> {
            grid.getDataProvider().refreshAll();
            Notifications.success(p.fullName() + " is signed out and can no longer sign in.");
        }).open());
        off.setEnabled(!p.email().equalsIgnoreCase(CurrentUser.require().email()));
        return p.active() ? off : new HorizontalLayout(new Button("New link", e -> reinvite(p)), off);
    }

    /** What a discharge does to a client's login: this studio's choice. */
    private static Checkbox dischargeSetting(StudioService studios) {
        long studioId = CurrentUser.require().studioId();
        Checkbox keep = new Checkbox("Discharged clients can still sign in to read their portal",
                studios.get(studioId).dischargedClientsKeepAccess());
        keep.setId("discharged-keep-access");
        keep.addValueChangeListener(e -> {
            studios.chooseDischargedAccess(studioId, e.getValue());
            Notifications.success("Saved. This applies to clients discharged from now on.");
        });
        return keep;
    }

    private void reinvite(PractitionerSummary practitioner) {
        try {
            showInvitation(accounts.reinvitePractitioner(practitioner.id(), practitioner.invitationId()));
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        } catch (ConcurrentEditException e) {
            Notifications.error(e.getMessage());
            grid.getDataProvider().refreshAll(); // the row now carries the newer link
        }
    }

    private void showInvitation(IssuedInvitation invitation) {
        grid.getDataProvider().refreshAll();
        new InvitationLinkDialog(invitation.email(), Links.absolute(invitation.path()), invitation.expiresAt(),
                CurrentUser.require().zoneId(), invitation.emailed()).open();
    }
}
