package app.keel.privacy.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.ui.Notifications;
import app.keel.privacy.ErasurePreview;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;

import java.util.function.Consumer;

/** Names what erasure removes and asks for the client's name before anything goes. */
class EraseClientDialog extends Dialog {

    EraseClientDialog(ErasurePreview preview, Consumer<String> erase, Runnable whenErased) {
        setHeaderTitle("Erase " + preview.fullName() + "?");
        UnorderedList what = new UnorderedList(
                new ListItem("their profile, contact details and notes"),
                new ListItem(preview.programs() + " program(s) with their items, history and deloads"),
                new ListItem(preview.itemLogs() + " exercise log(s)"),
                new ListItem(preview.checkIns() + " check-in(s)"),
                new ListItem(preview.psfsRatings() + " activity rating(s)"),
                new ListItem(preview.consentRecords() + " privacy agreement record(s)"),
                new ListItem(preview.hasLogin() ? "their login and any open invitation" : "no login (never invited)"));
        what.setId("erase-counts");
        TextField name = new TextField("Type the client's name to confirm");
        name.setId("erase-confirmation");
        name.setWidthFull();
        Button confirm = new Button("Erase for good", e -> {
            try {
                erase.accept(name.getValue());
                close();
                Notifications.success(preview.fullName() + " has been erased.");
                whenErased.run();
            } catch (InvalidInputException ex) {
                name.setErrorMessage(ex.getMessage());
                name.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        confirm.setId("erase-confirm");
        add(new Paragraph("This removes, for good:"), what,
                new Paragraph("The audit trail keeps its entries (who did what and when, with record numbers only), "
                        + "because the law asks us to keep them. Other clients and the studio's templates stay."),
                name);
        getFooter().add(new Button("Cancel", e -> close()), confirm);
    }
}
