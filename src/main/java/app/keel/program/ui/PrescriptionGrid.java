package app.keel.program.ui;

import app.keel.base.ConcurrentEditException;
import app.keel.base.InvalidInputException;
import app.keel.base.ui.FormErrors;
import app.keel.base.ui.Notifications;
import app.keel.exercise.LoadKind;
import app.keel.program.Side;
import app.keel.program.prescription.PrescriptionDraft;
import app.keel.program.prescription.PrescriptionRow;
import app.keel.program.prescription.PrescriptionService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.function.SerializableFunction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The program's items, edited in place: double-click a row (or "Edit") to change its cells, drag rows to reorder.
 * The service checks every value; a refused cell shows its message and nothing is saved.
 */
class PrescriptionGrid extends Grid<PrescriptionGrid.Line> {

    /** A row plus the draft its editor writes into; a saved row replaces both in place. */
    static final class Line {
        PrescriptionRow row;
        PrescriptionDraft draft;

        Line(PrescriptionRow row) {
            replace(row);
        }

        void replace(PrescriptionRow saved) {
            this.row = saved;
            this.draft = saved.toDraft();
        }
    }

    final Map<String, HasValidation> editors = new LinkedHashMap<>();
    private final transient PrescriptionService items;
    private final long programId;
    /** Told the program's new version after each of this grid's own changes (item changes move it). */
    private final LongConsumer onChange;
    private long savedProgramVersion;
    private final Binder<Line> binder = new Binder<>();
    private Line dragged;

    PrescriptionGrid(PrescriptionService items, long programId, boolean editable, LongConsumer onChange) {
        this.items = items;
        this.programId = programId;
        this.onChange = onChange;
        getEditor().setBinder(binder);
        getEditor().setBuffered(true);
        addColumn(l -> l.row.exerciseName()).setHeader("Exercise").setFrozen(true).setAutoWidth(true);
        number("Sets", "sets", l -> l.row.sets(), d -> d.getSets(), (d, v) -> d.setSets(v == null ? 0 : v));
        number("Reps", "reps", l -> l.row.reps(), PrescriptionDraft::getReps, PrescriptionDraft::setReps);
        number("Hold s", "holdSeconds", l -> l.row.holdSeconds(), PrescriptionDraft::getHoldSeconds,
                PrescriptionDraft::setHoldSeconds);
        number("Rest s", "restSeconds", l -> l.row.restSeconds(), PrescriptionDraft::getRestSeconds,
                PrescriptionDraft::setRestSeconds);
        text("Tempo", "tempo", l -> l.row.tempo(), PrescriptionDraft::getTempo, PrescriptionDraft::setTempo);
        Select<LoadKind> loadKind = new Select<>();
        loadKind.setItems(LoadKind.values());
        loadKind.setItemLabelGenerator(LoadKind::label);
        editorColumn("Load", "loadKind", l -> l.row.loadText(), loadKind, PrescriptionDraft::getLoadKind,
                PrescriptionDraft::setLoadKind);
        editorColumn("kg", "loadKg", l -> "", new BigDecimalField(), PrescriptionDraft::getLoadKg,
                PrescriptionDraft::setLoadKg);
        text("Band", "band", l -> l.row.band(), PrescriptionDraft::getBand, PrescriptionDraft::setBand);
        number("RPE", "targetRpe", l -> l.row.targetRpe(), PrescriptionDraft::getTargetRpe,
                PrescriptionDraft::setTargetRpe);
        Select<Side> side = new Select<>();
        side.setItems(Side.values());
        side.setItemLabelGenerator(Side::label);
        editorColumn("Side", "side", l -> l.row.side().label(), side, PrescriptionDraft::getSide,
                PrescriptionDraft::setSide);
        text("Cues", "cues", l -> l.row.cues(), PrescriptionDraft::getCues, PrescriptionDraft::setCues);
        text("Stop rule", "stopRule", l -> l.row.stopRule(), PrescriptionDraft::getStopRule,
                PrescriptionDraft::setStopRule);
        number("Minutes", "minutes", l -> l.row.minutes(), PrescriptionDraft::getMinutes,
                PrescriptionDraft::setMinutes);
        number("× per day", "timesPerDay", l -> l.row.timesPerDay(), PrescriptionDraft::getTimesPerDay,
                PrescriptionDraft::setTimesPerDay);
        text("Position", "restPosition", l -> l.row.restPosition(), PrescriptionDraft::getRestPosition,
                PrescriptionDraft::setRestPosition);
        text("Purpose", "purpose", l -> l.row.purpose(), PrescriptionDraft::getPurpose,
                PrescriptionDraft::setPurpose);
        text("Time of day", "timeAnchors", l -> l.row.timeAnchors(), PrescriptionDraft::getTimeAnchors,
                PrescriptionDraft::setTimeAnchors);
        addColumn(l -> ItemProgressionDialog.summary(l.row)).setHeader("Progression and days").setKey("progression")
                .setAutoWidth(true);
        if (editable) {
            addActions();
        }
        setEmptyStateText("No exercises yet. Use \"Add from library\" to build the program.");
        setAllRowsVisible(true);
        refresh();
    }

    void refresh() {
        List<Line> lines = items.rows(programId).stream().map(Line::new).toList();
        setItems(lines);
    }

    /** Saves the row being edited; on refusal the editor stays open with the message on the cell. */
    boolean saveEditor() {
        Line line = getEditor().getItem();
        if (line == null || !binder.writeBeanIfValid(line)) {
            return false;
        }
        try {
            PrescriptionRow saved = items.update(line.row.id(), line.row.version(), line.draft);
            // Saved through the service already; cancel just closes the buffered editor. A cell changes only its
            // own row, so only that row is sent again (not the whole grid with its buttons).
            getEditor().cancel();
            line.replace(saved);
            getDataProvider().refreshItem(line);
            onChange.accept(saved.programVersion());
            return true;
        } catch (InvalidInputException e) {
            FormErrors.show(e, editors);
            return false;
        } catch (ConcurrentEditException e) {
            Notifications.error(e.getMessage());
            return false;
        }
    }

    private void addActions() {
        addComponentColumn(line -> {
            Button edit = new Button("Edit", e -> getEditor().editItem(line));
            Button progression = new Button(line.row.category() != null && line.row.category().isRecovery()
                    ? "Days…" : "Progression", e -> new ItemProgressionDialog(line.row,
                    draft -> {
                        PrescriptionRow saved = items.update(line.row.id(), line.row.version(), draft);
                        savedProgramVersion = saved.programVersion();
                        return saved;
                    }, () -> {
                        refresh();
                        onChange.accept(savedProgramVersion);
                    }).open());
            Button remove = new Button("Remove", e -> new ConfirmDialog("Remove " + line.row.exerciseName() + "?",
                    "It leaves this program. Running programs keep it in their history.", "Remove", ok -> {
                        try {
                            onChange.accept(items.remove(line.row.id(), line.row.version()));
                        } catch (ConcurrentEditException ex) {
                            Notifications.error(ex.getMessage());
                        }
                        refresh();
                    }, "Keep it", no -> { }).open());
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            return new HorizontalLayout(edit, progression, remove);
        }).setHeader("").setAutoWidth(true).setFrozenToEnd(true).setEditorComponent(new HorizontalLayout(
                new Button("Save", e -> saveEditor()), new Button("Cancel", e -> getEditor().cancel())));
        addItemDoubleClickListener(e -> getEditor().editItem(e.getItem()));
        setRowsDraggable(true);
        addDragStartListener(e -> {
            dragged = e.getDraggedItems().getFirst();
            setDropMode(GridDropMode.BETWEEN);
        });
        addDragEndListener(e -> {
            dragged = null;
            setDropMode(null);
        });
        addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
            if (dragged == null || target == dragged) {
                return;
            }
            int index = target.row.position() + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            try {
                onChange.accept(items.move(dragged.row.id(), dragged.row.version(),
                        index > dragged.row.position() ? index - 1 : index));
            } catch (ConcurrentEditException ex) {
                Notifications.error(ex.getMessage());
            }
            refresh();
        }));
    }

    private void number(String header, String property, SerializableFunction<Line, Integer> shown,
                        SerializableFunction<PrescriptionDraft, Integer> get,
                        SerializableBiConsumer<PrescriptionDraft, Integer> set) {
        IntegerField field = new IntegerField();
        field.setWidthFull();
        editorColumn(header, property, l -> shown.apply(l) == null ? "" : String.valueOf(shown.apply(l)), field, get, set);
    }

    private void text(String header, String property, SerializableFunction<Line, String> shown,
                      SerializableFunction<PrescriptionDraft, String> get,
                      SerializableBiConsumer<PrescriptionDraft, String> set) {
        TextField field = new TextField();
        field.setWidthFull();
        editorColumn(header, property, l -> shown.apply(l) == null ? "" : shown.apply(l), field, get, set);
    }

    private <V, F extends HasValue<?, V> & HasValidation> void editorColumn(
            String header, String property, SerializableFunction<Line, String> shown, F field,
            SerializableFunction<PrescriptionDraft, V> get, SerializableBiConsumer<PrescriptionDraft, V> set) {
        binder.forField(field).bind(l -> get.apply(l.draft), (l, v) -> set.accept(l.draft, v));
        editors.put(property, field);
        Component editor = (Component) field;
        // Cell editors have no visible label; screen readers get the column's name.
        editor.getElement().setAttribute("aria-label", header);
        addColumn(shown::apply).setHeader(header).setKey(property).setAutoWidth(true).setEditorComponent(editor);
    }
}
