package app.keel.account.ui;

import app.keel.account.security.CurrentUser;
import app.keel.base.InvalidInputException;
import app.keel.base.ui.FormErrors;
import app.keel.base.ui.Notifications;
import app.keel.studio.LoadSteps;
import app.keel.studio.StudioService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/** Studio admins: the studio's equipment steps, which the week plan and the clients' loads go up by. */
@Route("console/studio")
@PageTitle("Studio settings · Keel")
@Menu(title = "Studio settings", order = 8, icon = "vaadin:cog")
@RolesAllowed("STUDIO_ADMIN")
class StudioSettingsView extends VerticalLayout {

    final BigDecimalField dumbbell = new BigDecimalField("Dumbbells go up by (kg)");
    final BigDecimalField kettlebell = new BigDecimalField("Kettlebells go up by (kg)");
    final BigDecimalField barbell = new BigDecimalField("Barbell loads go up by (kg)");
    final Button save = new Button("Save equipment steps");

    StudioSettingsView(StudioService studios) {
        addClassName("keel-page");
        long studioId = CurrentUser.require().studioId();
        LoadSteps steps = studios.get(studioId).getLoadSteps();
        dumbbell.setValue(steps.dumbbellKg());
        kettlebell.setValue(steps.kettlebellKg());
        barbell.setValue(steps.barbellKg());
        barbell.setHelperText("The smallest pair of plates you have, e.g. 2.5 kg for two 1.25 kg plates.");
        Map<String, HasValidation> fields = Map.of("dumbbellKg", dumbbell, "kettlebellKg", kettlebell,
                "barbellKg", barbell);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            fields.values().forEach(f -> f.setInvalid(false));
            try {
                studios.chooseLoadSteps(studioId, new LoadSteps(dumbbell.getValue(), kettlebell.getValue(),
                        barbell.getValue()));
                Notifications.success("Equipment steps saved.");
            } catch (InvalidInputException ex) {
                FormErrors.show(ex, fields);
            }
        });
        add(new H2("Studio settings"), new Paragraph("Items lifted with dumbbells, kettlebells or a barbell go up by "
                + "the next real weight, one step a week at most. Items on small plates or machines go up by 0.5 kg."),
                new FormLayout(dumbbell, kettlebell, barbell), save);
    }
}
