package app.keel.privacy.ui;

import app.keel.privacy.PrivacyNotice;
import com.vaadin.flow.component.html.Div;

/** The notice as plain text with its line breaks kept (it is the studio's text: never HTML). */
final class NoticeText {

    private NoticeText() {
    }

    static Div of(PrivacyNotice notice) {
        Div text = new Div();
        text.setText(notice.body());
        text.getStyle().set("white-space", "pre-wrap").set("max-width", "40rem");
        text.setId("privacy-notice-text");
        return text;
    }
}
