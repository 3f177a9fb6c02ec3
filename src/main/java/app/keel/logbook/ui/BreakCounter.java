package app.keel.logbook.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.NotFoundException;
import app.keel.base.ui.Notifications;
import app.keel.logbook.AlreadyLoggedException;
import app.keel.logbook.BreakCountService;
import app.keel.logbook.BreakTally;
import app.keel.program.plan.MyProgram;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A "times a day" rhythm item on Today: what to do, how many so far ("3 of 5 breaks so far today") and one big
 * "+1" button. Fewer than planned is never scolded; the count only goes up, and a double tap counts once.
 */
class BreakCounter extends Div {

    private final Paragraph tally = new Paragraph();
    private final Button plusOne = new Button();
    private final transient BreakCountService service;
    private final MyProgram.Item item;
    private BreakTally current;

    BreakCounter(MyProgram.Item item, int done, BreakCountService service) {
        this.item = item;
        this.service = service;
        addClassNames("keel-item", "keel-break-counter");
        setId("item-" + item.prescriptionId());
        add(new H3(item.exercise()), new Paragraph(item.dose()));
        item.details().forEach(line -> {
            Paragraph p = new Paragraph(line);
            p.addClassName("keel-item-detail");
            add(p);
        });
        tally.addClassName("keel-break-tally");
        tally.getElement().setAttribute("aria-live", "polite");
        plusOne.addThemeVariants(ButtonVariant.PRIMARY);
        plusOne.addClassName("keel-break-plus");
        plusOne.addClickListener(e -> countOne());
        add(tally, plusOne);
        show(new BreakTally(item.prescriptionId(), done, item.numbers().timesPerDay()));
    }

    private void countOne() {
        try {
            show(service.countOne(item.prescriptionId(), current.done()));
        } catch (InvalidInputException | AlreadyLoggedException | NotFoundException e) {
            Notifications.error(e instanceof NotFoundException
                    ? "This exercise is no longer in your program. Please reload the page." : e.getMessage());
        }
    }

    private void show(BreakTally tally) {
        current = tally;
        this.tally.setText(tally.inWords(item.countWord()));
        plusOne.setText("+1 " + (item.countWord().equals("breaks") ? "break" : "time") + " done");
        plusOne.setEnabled(tally.done() < tally.target());
    }
}
