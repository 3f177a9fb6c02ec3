package app.keel.program.ui;

import app.keel.base.ui.SafetyNotes;
import app.keel.program.DeloadRow;
import app.keel.program.plan.MyProgram;
import app.keel.program.plan.MyProgramService;
import app.keel.program.plan.TimeOfDay;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The client's program on their phone: what to do today, how much, the cues, and the easier weeks ahead. */
@Route("my/program")
@PageTitle("My program · Keel")
@Menu(title = "My program", order = 2)
@RolesAllowed("CLIENT")
class MyProgramView extends VerticalLayout {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    MyProgramView(MyProgramService service) {
        setPadding(false);
        List<MyProgram> programs = service.myPrograms();
        add(new H1("My program"));
        if (programs.isEmpty()) {
            Div empty = new Div(new Paragraph("Your practitioner has not assigned a program yet."));
            empty.addClassName("keel-empty");
            add(empty);
        }
        programs.forEach(this::show);
        if (!programs.isEmpty()) {
            add(SafetyNotes.painGuidance(), SafetyNotes.redFlags());
        }
    }

    private void show(MyProgram program) {
        add(new H2(program.title()));
        if (program.goal() != null) {
            add(new Paragraph("Goal: " + program.goal()));
        }
        add(ProgramEditorView.sheetLink(program.id(), "Print this program (PDF)"));
        if (program.needsAttention()) {
            Paragraph attention = new Paragraph(MyProgram.ATTENTION_TEXT);
            attention.addClassName("keel-attention");
            add(attention);
            return;
        }
        if (program.paused()) {
            Paragraph paused = new Paragraph(MyProgram.PAUSED_TEXT);
            paused.addClassName("keel-paused");
            add(paused);
        } else if (!program.scheduledToday() && program.today().isEmpty()) {
            add(new Paragraph(program.nextSession() == null ? "No more sessions in this program."
                    : "Today is a rest day. Next session: " + DAY.format(program.nextSession()) + "."));
        } else {
            if (!program.scheduledToday()) {
                add(new Paragraph("No exercise session today" + (program.nextSession() == null ? ""
                        : " (next: " + DAY.format(program.nextSession()) + ")") + ". Your daily rhythm goes on:"));
            }
            if (program.deloadToday()) {
                Span note = new Span("This is an easier week: the amounts below are already reduced.");
                note.addClassName("keel-deload-note");
                add(note);
            }
            program.today().stream().sorted(Comparator.comparing(i -> i.timeAnchor() == null ? null
                    : i.timeAnchor().split(",")[0].strip(), TimeOfDay.order())).forEach(item -> {
                Div card = new Div();
                card.addClassName("keel-item");
                card.add(new H3(item.exercise()), new Paragraph(item.dose()));
                if (item.timeAnchor() != null) {
                    card.add(detail("When: " + item.timeAnchor()));
                }
                item.details().forEach(line -> card.add(detail(line)));
                UnorderedList cues = new UnorderedList();
                item.cues().forEach(c -> cues.add(new ListItem(c)));
                card.add(cues);
                if (item.stopRule() != null) {
                    card.add(new Paragraph(item.stopRule()));
                }
                add(card);
            });
        }
        List<DeloadRow> upcoming = program.upcomingDeloads();
        if (!upcoming.isEmpty()) {
            add(new H3("Easier weeks ahead"));
            UnorderedList list = new UnorderedList();
            upcoming.forEach(d -> list.add(new ListItem(DAY.format(d.startDate()) + " to " + DAY.format(d.endDate())
                    + ": " + amount(d) + " (" + DeloadSection.label(d.reason())
                    .toLowerCase() + ")")));
            list.setId("upcoming-deloads");
            add(list);
        }
    }

    /** "about 60 % of the usual amount", or sets and weight apart when they differ. */
    private static String amount(DeloadRow d) {
        return d.volumePercent() == d.intensityPercent() ? "about " + d.volumePercent() + " % of the usual amount"
                : "sets at about " + d.volumePercent() + " %, weight at about " + d.intensityPercent()
                + " % of the usual";
    }

    private static Paragraph detail(String line) {
        Paragraph p = new Paragraph(line);
        p.addClassName("keel-item-detail");
        return p;
    }
}
