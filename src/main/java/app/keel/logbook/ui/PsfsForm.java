package app.keel.logbook.ui;

import app.keel.base.InvalidInputException;
import app.keel.base.ui.Notifications;
import app.keel.logbook.psfs.PsfsActivityDetails;
import app.keel.logbook.psfs.PsfsPrompt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** The PSFS ratings, shown on Today when they are due (at the start, then every two weeks). */
class PsfsForm extends VerticalLayout {

    private final Map<Long, ScoreField> fields = new LinkedHashMap<>();

    PsfsForm(PsfsPrompt prompt, Function<Map<Long, Integer>, PsfsPrompt> rater) {
        setPadding(false);
        setId("psfs");
        add(new H2("Everyday activities"),
                new Paragraph("How well can you do each of these today? It helps your practitioner see what is "
                        + "getting easier."));
        for (PsfsActivityDetails a : prompt.activities()) {
            ScoreField f = new ScoreField(a.description(), "cannot do it", "as well as before the problem");
            if (prompt.ratedToday() && a.latest() != null) {
                f.setValue(a.latest().score());
            }
            fields.put(a.id(), f);
            add(f);
        }
        Button save = new Button("Save ratings", e -> save(rater));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(save);
    }

    private void save(Function<Map<Long, Integer>, PsfsPrompt> rater) {
        Map<Long, Integer> scores = new LinkedHashMap<>();
        fields.forEach((id, f) -> {
            if (f.getValue() != null) {
                scores.put(id, f.getValue());
            }
        });
        try {
            rater.apply(scores);
            Notifications.success("Ratings saved. Thank you.");
        } catch (InvalidInputException e) {
            Notifications.error(e.getMessage());
        }
    }
}
