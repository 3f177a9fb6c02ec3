package app.keel.privacy.ui;

import app.keel.base.ui.Dates;
import app.keel.privacy.ConsentDecision;
import app.keel.privacy.ConsentStatus;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.time.ZoneId;

/** A client's consent decisions, newest first, in words; shared by the client's and the staff's pages. */
final class ConsentHistory extends VerticalLayout {

    ConsentHistory(ConsentStatus status, ZoneId zone) {
        setPadding(false);
        setId("consent-history");
        String now = status.withdrawn() ? "Withdrawn."
                : status.needsConsent() && status.agreed() ? "Agreed to an older version; will be asked again."
                : status.agreed() ? "Agreed to the current privacy notice (version " + status.current().version() + ")."
                : "Not agreed yet.";
        add(new Paragraph(now));
        UnorderedList list = new UnorderedList();
        for (ConsentDecision d : status.history()) {
            list.add(new ListItem((d.decision() == ConsentDecision.Decision.ACCEPTED ? "Agreed to version "
                    : "Withdrew agreement to version ") + d.noticeVersion() + " on "
                    + Dates.dateTime(d.decidedAt(), zone)
                    + (d.clientAddress() == null ? "" : " (from " + d.clientAddress() + ")")));
        }
        if (!status.history().isEmpty()) {
            add(list);
        }
    }
}
