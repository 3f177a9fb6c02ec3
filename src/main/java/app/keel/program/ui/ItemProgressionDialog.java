package app.keel.program.ui;

import app.keel.base.ui.DialogSave;
import app.keel.program.LoadEquipment;
import app.keel.program.ProgressionKind;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.RhythmDays;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.BeanValidationBinder;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Function;

/**
 * One item's own progression rule and cap (empty: the program's rule applies) and the equipment its load steps by.
 * Buffered; the service checks the rule against the item as it does a program's rule.
 */
class ItemProgressionDialog extends Dialog {

    final Select<ProgressionKind> kind = new Select<>();
    final BigDecimalField amount = new BigDecimalField("Amount per week");
    final BigDecimalField cap = new BigDecimalField("Cap for this item (kg or s, optional)");
    final IntegerField repFloor = new IntegerField("Rep floor");
    final IntegerField repCeiling = new IntegerField("Rep ceiling");
    final Select<LoadEquipment> equipment = new Select<>();
    final CheckboxGroup<DayOfWeek> rhythmDays = new CheckboxGroup<>("Days for this daily-rhythm item");
    final Button save = new Button("Save");

    ItemProgressionDialog(PrescriptionRow row, Function<PrescriptionDraft, PrescriptionRow> saver, Runnable onSaved) {
        boolean rhythm = row.category() != null && row.category().isRecovery();
        setHeaderTitle((rhythm ? "Days and progression: " : "Progression: ") + row.exerciseName());
        rhythmDays.setItems(DayOfWeek.values());
        rhythmDays.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.SHORT, Locale.UK));
        rhythmDays.setHelperText("None ticked: every day, training day or not.");
        rhythmDays.setVisible(rhythm);
        kind.setLabel("Rule for this item");
        kind.setItems(ProgressionKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Same as the program" : k.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Same as the program");
        equipment.setLabel("Load steps by");
        equipment.setItems(LoadEquipment.values());
        equipment.setItemLabelGenerator(LoadEquipment::label);
        equipment.setHelperText("Loads go up by the next real weight (the studio sets each step), one step a week "
                + "at most.");

        BeanValidationBinder<PrescriptionDraft> binder = new BeanValidationBinder<>(PrescriptionDraft.class);
        binder.forField(kind).bind("progressionKind");
        binder.forField(amount).bind("progressionAmount");
        binder.forField(cap).bind("progressionCap");
        binder.forField(repFloor).bind("repFloor");
        binder.forField(repCeiling).bind("repCeiling");
        binder.forField(equipment).bind("loadEquipment");
        binder.forField(rhythmDays).bind("rhythmDays");
        PrescriptionDraft draft = row.toDraft();
        binder.readBean(draft);
        kind.addValueChangeListener(e -> showFor(e.getValue()));
        showFor(draft.getProgressionKind());

        Map<String, HasValidation> fields = Map.of("progressionKind", kind, "progressionAmount", amount,
                "progressionCap", cap, "repFloor", repFloor, "repCeiling", repCeiling, "loadEquipment", equipment,
                "rhythmDays", rhythmDays);
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> DialogSave.save(this, binder, draft, saver, fields, saved -> onSaved.run()));
        add(new FormLayout(rhythmDays, kind, amount, cap, repFloor, repCeiling, equipment));
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void showFor(ProgressionKind value) {
        boolean own = value != null && value != ProgressionKind.NONE;
        amount.setVisible(own);
        cap.setVisible(own);
        repFloor.setVisible(value == ProgressionKind.DOUBLE_PROGRESSION);
        repCeiling.setVisible(value == ProgressionKind.DOUBLE_PROGRESSION);
    }

    /** The grid's short summary: "Program's rule", "+ kg per week (1), cap 8 · Dumbbells", "Every day · …". */
    static String summary(PrescriptionRow row) {
        String steps = row.loadEquipment() == LoadEquipment.FINE ? "" : " · " + row.loadEquipment().label();
        if (row.category() != null && row.category().isRecovery()) {
            var days = RhythmDays.parse(row.rhythmDays());
            steps += " · " + (days.isEmpty() ? "every day" : days.stream()
                    .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.UK)).collect(Collectors.joining(" ")));
        }
        if (row.progressionKind() == null) {
            return "Program's rule" + steps;
        }
        String cap = row.progressionCap() == null ? "" : ", cap " + row.progressionCap().stripTrailingZeros()
                .toPlainString();
        String amount = row.progressionAmount() == null ? "" : " (" + row.progressionAmount().stripTrailingZeros()
                .toPlainString() + ")";
        return row.progressionKind().label() + amount + cap + steps;
    }
}
