package app.keel.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import java.time.Instant;
import java.time.ZoneId;

/** Shows a one-time invitation link to copy and hand over (by message, text or in person). */
public class InvitationLinkDialog extends Dialog {

    public InvitationLinkDialog(String name, String link, Instant expiresAt, ZoneId zone, boolean emailed) {
        setHeaderTitle("Invitation for " + name);
        TextField linkField = new TextField("Invitation link");
        linkField.setId("invitation-link");
        linkField.setValue(link);
        linkField.setReadOnly(true);
        linkField.setWidthFull();

        String until = Dates.dateTime(expiresAt, zone);
        Paragraph help = new Paragraph("Send this link to " + name + ". It works once and until " + until
                + ". Opening it lets them choose a password." + (emailed ? " We have also e-mailed it to them." : ""));

        // Browsers only offer the clipboard on HTTPS and localhost: say so honestly when copying is not possible.
        Button copy = new Button("Copy link", e -> linkField.getElement().executeJs("""
                        return navigator.clipboard
                            ? navigator.clipboard.writeText($0).then(() => true, () => false)
                            : false""", link)
                .then(Boolean.class, copied -> {
                    if (Boolean.TRUE.equals(copied)) {
                        Notifications.success("Link copied.");
                    } else {
                        linkField.focus();
                        Notifications.error("This browser did not allow copying. Select the link and copy it yourself.");
                    }
                }));
        copy.addThemeVariants(ButtonVariant.PRIMARY);
        Button close = new Button("Close", e -> close());

        add(help, linkField);
        getFooter().add(close, copy);
        setWidth("min(36rem, 95vw)");
    }
}
