package app.keel.program.ui;

import app.keel.base.ui.DialogSave;
import app.keel.program.ProgramDetails;
import app.keel.program.ProgramDraft;
import app.keel.program.ProgramKind;
import app.keel.program.ProgressionKind;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** A program's settings: calendar, progression rule and gate, deload rule. Buffered; the service checks again. */
class ProgramFormDialog extends Dialog {

    final Select<ProgramKind> kind = new Select<>();
    final TextField title = new TextField("Title");
    final TextArea goal = new TextArea("Goal");
    final DatePicker startDate = new DatePicker("Start date");
    final IntegerField weeks = new IntegerField("Length (weeks)");
    final CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>("Days");
    final IntegerField sessionsPerDay = new IntegerField("Sessions per day");
    final Select<ProgressionKind> progressionKind = new Select<>();
    final BigDecimalField progressionAmount = new BigDecimalField("Amount per week");
    final BigDecimalField progressionCap = new BigDecimalField("Cap (kg or s, optional)");
    final IntegerField repFloor = new IntegerField("Rep floor");
    final IntegerField repCeiling = new IntegerField("Rep ceiling");
    final Checkbox gateEnabled = new Checkbox("Only progress after a good week (adherence and pain)");
    final IntegerField gateMinAdherence = new IntegerField("Minimum adherence %");
    final IntegerField deloadEveryNthWeek = new IntegerField("Deload every Nth week");
    final IntegerField deloadVolumePercent = new IntegerField("Deload sets (% of the usual volume)");
    final IntegerField deloadIntensityPercent = new IntegerField("Deload weight (% of the usual load)");
    final TextField flareReturn = new TextField("Return after a flare-up (% per week)");
    final Button save = new Button("Save");

    ProgramFormDialog(ProgramDetails existing, ProgramDraft draft, Function<ProgramDraft, ProgramDetails> saver,
                      Consumer<ProgramDetails> onSaved) {
        setHeaderTitle(existing == null ? "New program" : "Program settings");
        kind.setLabel("Kind");
        kind.setItems(ProgramKind.values());
        kind.setItemLabelGenerator(ProgramKind::label);
        days.setItems(DayOfWeek.values());
        days.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, Locale.UK));
        progressionKind.setLabel("Progression");
        progressionKind.setItems(ProgressionKind.values());
        progressionKind.setItemLabelGenerator(ProgressionKind::label);
        gateMinAdherence.setHelperText("Pain must also not rise by 2 points or 30 % against the last two normal "
                + "weeks, stay settled by the next morning, and no flare-up be reported.");
        flareReturn.setHelperText("The weeks after a flare-up deload, before the usual amount again, e.g. 60, 80.");
        deloadEveryNthWeek.setHelperText("Leave empty for no planned deloads.");
        deloadVolumePercent.setHelperText("Fewer sets; a single set gets fewer reps, seconds or minutes.");
        deloadIntensityPercent.setHelperText("A lighter weight. Breathing, rest and daily habits are never reduced.");

        BeanValidationBinder<ProgramDraft> binder = new BeanValidationBinder<>(ProgramDraft.class);
        binder.forField(kind).bind("kind");
        binder.forField(title).bind("title");
        binder.forField(goal).bind("goal");
        binder.forField(startDate).bind("startDate");
        binder.forField(weeks).withNullRepresentation(0).bind("weeks");
        binder.forField(days).bind("days");
        binder.forField(sessionsPerDay).withNullRepresentation(0).bind("sessionsPerDay");
        binder.forField(progressionKind).bind("progressionKind");
        binder.forField(progressionAmount).bind("progressionAmount");
        binder.forField(progressionCap).bind("progressionCap");
        binder.forField(repFloor).bind("repFloor");
        binder.forField(repCeiling).bind("repCeiling");
        binder.forField(gateEnabled).bind("gateEnabled");
        binder.forField(gateMinAdherence).withNullRepresentation(0).bind("gateMinAdherence");
        binder.forField(deloadEveryNthWeek).bind("deloadEveryNthWeek");
        binder.forField(deloadVolumePercent).bind("deloadVolumePercent");
        binder.forField(deloadIntensityPercent).bind("deloadIntensityPercent");
        binder.forField(flareReturn).bind("flareReturn");
        binder.readBean(draft);
        // Only the fields the chosen rule uses are shown (the values of hidden ones are ignored by the engine).
        progressionKind.addValueChangeListener(e -> showRuleFields());
        gateEnabled.addValueChangeListener(e -> showRuleFields());
        showRuleFields();

        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("kind", kind), Map.entry("title", title),
                Map.entry("goal", goal), Map.entry("startDate", startDate), Map.entry("weeks", weeks),
                Map.entry("days", days), Map.entry("sessionsPerDay", sessionsPerDay),
                Map.entry("progressionAmount", progressionAmount), Map.entry("progressionCap", progressionCap),
                Map.entry("repFloor", repFloor), Map.entry("repCeiling", repCeiling),
                Map.entry("gateMinAdherence", gateMinAdherence), Map.entry("deloadEveryNthWeek", deloadEveryNthWeek),
                Map.entry("deloadVolumePercent", deloadVolumePercent), Map.entry("flareReturn", flareReturn),
                Map.entry("deloadIntensityPercent", deloadIntensityPercent));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> DialogSave.save(this, binder, draft, saver, fields, onSaved));
        FormLayout form = new FormLayout(kind, title, startDate, weeks, sessionsPerDay, progressionKind,
                progressionAmount, progressionCap, repFloor, repCeiling, gateMinAdherence, deloadEveryNthWeek,
                deloadVolumePercent, deloadIntensityPercent, flareReturn);
        form.add(days, 2);
        form.add(gateEnabled, 2);
        form.add(goal, 2);
        add(form);
        getFooter().add(new Button("Cancel", e -> close()), save);
        setWidth("min(48rem, 95vw)");
    }

    private void showRuleFields() {
        ProgressionKind rule = progressionKind.getValue() == null ? ProgressionKind.NONE : progressionKind.getValue();
        progressionAmount.setVisible(rule != ProgressionKind.NONE);
        progressionCap.setVisible(rule != ProgressionKind.NONE);
        repFloor.setVisible(rule == ProgressionKind.DOUBLE_PROGRESSION);
        repCeiling.setVisible(rule == ProgressionKind.DOUBLE_PROGRESSION);
        gateEnabled.setVisible(rule != ProgressionKind.NONE);
        gateMinAdherence.setVisible(rule != ProgressionKind.NONE && gateEnabled.getValue());
        progressionAmount.setLabel(switch (rule) {
            case PERCENT_LOAD -> "% more load per week";
            case KG_LOAD -> "kg more per week";
            case DOUBLE_PROGRESSION -> "kg added at the rep ceiling";
            case HOLD_SECONDS -> "Seconds more hold per week";
            case NONE -> "Amount per week";
        });
    }
}
