package app.keel.program.ui;

import app.keel.account.security.CurrentUser;
import app.keel.base.ui.Dates;
import app.keel.program.ProgramService;
import app.keel.program.history.RevisionDetails;
import app.keel.program.history.RevisionSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;


/** The revisions of a running program; each opens read-only, exactly as it was. */
class HistorySection extends Grid<RevisionSummary> {

    private final transient ProgramService programs;
    private final long programId;

    HistorySection(ProgramService programs, long programId) {
        this.programs = programs;
        this.programId = programId;
        var zone = CurrentUser.require().zoneId();
        addColumn(r -> "Revision " + r.number()).setHeader("Revision");
        addColumn(r -> Dates.dateTime(r.createdAt(), zone)).setHeader("Saved");
        addColumn(RevisionSummary::createdBy).setHeader("By");
        refresh();
        setAllRowsVisible(true);
        setEmptyStateText("No revisions yet: the history starts when the program is activated.");
        addItemClickListener(e -> open(programs.revision(programId, e.getItem().number())));
    }

    void refresh() {
        setItems(programs.revisions(programId));
    }

    private static void open(RevisionDetails revision) {
        Dialog dialog = new Dialog("Revision " + revision.number() + " · " + revision.title());
        Grid<RevisionDetails.Item> items = new Grid<>();
        items.addColumn(RevisionDetails.Item::exercise).setHeader("Exercise").setAutoWidth(true);
        items.addColumn(RevisionDetails.Item::dose).setHeader("Base dose").setAutoWidth(true);
        items.addColumn(i -> i.cues() == null ? "" : i.cues()).setHeader("Cues");
        items.setItems(revision.items());
        items.setAllRowsVisible(true);
        dialog.add(new Paragraph(revision.status().label() + " · " + revision.weeks() + " weeks · "
                + revision.deloads().size() + " deload period(s)"), items);
        dialog.getFooter().add(new Button("Close", e -> dialog.close()));
        dialog.setWidth("min(48rem, 95vw)");
        dialog.open();
    }
}
