package app.keel.sheet;

import app.keel.exercise.ExerciseDetails;
import app.keel.program.Side;
import app.keel.program.plan.ProgramOverview;
import app.keel.program.prescription.PrescriptionRow;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sheet's layout as a document: a header with the facts and the QR code, the pain guidance, the exercises with
 * their cues, the daily rhythm, then the week-by-week tables ({@link SheetTables}). All text is in our own words.
 */
final class SheetDocument {

    private static final String STYLESHEET = stylesheet();

    private final Dom dom = new Dom();
    private final SheetContent c;

    private SheetDocument(SheetContent content) {
        this.c = content;
    }

    static Document build(SheetContent content) {
        return new SheetDocument(content).document();
    }

    private Document document() {
        Element style = dom.el("style", null, STYLESHEET,
                "@page { size: " + c.paper().css() + " portrait; }", "body { font-family: '"
                        + PdfRenderer.FONT_FAMILY + "'; }");
        Element head = dom.el("head", null, dom.el("title", null, c.program().title()), style);
        Element body = dom.el("body", null, footer(), header(), painGuidance(), exercises(), dailyRhythm());
        new SheetTables(dom, c).appendTo(body);
        Element html = dom.el("html", null, head, body);
        dom.document().appendChild(html);
        return dom.document();
    }

    /** Repeated at the foot of every page by the stylesheet (a running element). */
    private Element footer() {
        ProgramOverview p = c.program();
        Element left = dom.el("td", null, p.clientName() + " · " + p.title() + " · printed on "
                + c.date(c.printedOn()));
        Element right = dom.el("td", "right", "Page ", dom.el("span", "page-number"), " of ",
                dom.el("span", "page-count"));
        Element footer = dom.el("table", "footer", dom.el("tr", null, left, right));
        return Dom.attr(footer, "id", "footer");
    }

    private Element header() {
        ProgramOverview p = c.program();
        Element facts = dom.el("table", "facts",
                fact("Client", p.clientName()),
                fact("Practitioner", c.practitionerName()),
                fact("Program", p.kind().label() + " · " + p.weeks() + (p.weeks() == 1 ? " week" : " weeks")),
                fact("Dates", c.date(p.startDate()) + " to " + c.date(p.endDate())),
                fact("Days", days() + (p.sessionsPerDay() > 1 ? " · " + p.sessionsPerDay() + " sessions a day" : "")),
                fact("Revision", p.revision() == 0 ? "Draft (not yet handed over)" : "No. " + p.revision()));
        Element left = dom.el("td", "head-main",
                dom.el("div", "studio", c.studioName()),
                dom.el("h1", null, p.title()),
                p.goal() == null ? null : dom.el("p", "goal", "Goal: " + p.goal()),
                facts);
        Element qr = Dom.attr(Dom.attr(dom.el("img", "qr"), "src", QrCode.dataUri(c.logAddress())), "alt",
                "QR code to your log");
        Element right = dom.el("td", "head-qr", qr,
                dom.el("div", "qr-caption", "Scan to log how it went. You will be asked to sign in."));
        return dom.el("table", "head", dom.el("tr", null, left, right));
    }

    private Element fact(String label, String value) {
        return dom.el("tr", null, dom.el("th", null, label), dom.el("td", null, value));
    }

    private String days() {
        return c.program().days().stream().sorted()
                .map(d -> d.getDisplayName(TextStyle.SHORT, c.locale())).collect(Collectors.joining(", "));
    }

    private Element painGuidance() {
        return dom.el("div", "pain",
                dom.el("h2", null, "If it hurts"),
                dom.el("ul", null,
                        dom.el("li", null, "Mild discomfort, up to about 3 out of 10, that settles by the next day "
                                + "is fine. Carry on."),
                        dom.el("li", null, "If your pain is 2 points or more above your usual level, or is still up "
                                + "the next day, go back to last week's amounts and tell your practitioner."),
                        dom.el("li", null, "End every set when your form slips. Good quality matters more than "
                                + "finishing the numbers."),
                        dom.el("li", null, "Stop and call your practitioner if pain spreads into an arm or leg, or "
                                + "you notice numbness, tingling or weakness."),
                        dom.el("li", "urgent", "Get urgent medical help if you lose control of your bladder or "
                                + "bowel, or feel numb between your legs.")));
    }

    private Element exercises() {
        Element section = dom.el("div", "section", dom.el("h2", null, "Your exercises"));
        List<PrescriptionRow> items = c.items();
        for (int i = 0; i < items.size(); i++) {
            PrescriptionRow item = items.get(i);
            if (!item.isRecovery()) {
                section.appendChild(exercise(i, item));
            }
        }
        if (c.truncated()) {
            section.appendChild(dom.el("p", "note", "This program has " + c.program().items().size()
                    + " items; the sheet shows the first " + SheetContent.MAX_ITEMS + "."));
        }
        return section;
    }

    private Element exercise(int index, PrescriptionRow item) {
        ExerciseDetails exercise = c.exercise(item).orElse(null);
        Element block = dom.el("div", "item",
                dom.el("h3", null, (index + 1) + ". " + item.exerciseName(),
                        dom.el("span", "category", " · " + item.category().label())),
                dom.el("p", "dose", "Week 1: " + c.dose(index, 0) + details(item)));
        if (exercise != null && exercise.instructions() != null && !exercise.instructions().isBlank()) {
            block.appendChild(dom.el("p", null, exercise.instructions()));
        }
        List<String> cues = cues(item, exercise);
        if (!cues.isEmpty()) {
            Element list = dom.el("ul", "cues");
            cues.forEach(cue -> list.appendChild(dom.el("li", null, cue)));
            block.appendChild(dom.el("div", "label", "Cues"));
            block.appendChild(list);
        }
        if (item.stopRule() != null && !item.stopRule().isBlank()) {
            block.appendChild(dom.el("p", "stop", dom.el("b", null, "Stop rule: "), item.stopRule()));
        }
        return block;
    }

    /** The parts of the prescription that stay the same every week. */
    private static String details(PrescriptionRow item) {
        List<String> parts = new ArrayList<>();
        if (item.restSeconds() != null) {
            parts.add("rest " + item.restSeconds() + " s");
        }
        if (item.tempo() != null && !item.tempo().isBlank()) {
            parts.add("tempo " + item.tempo());
        }
        if (item.targetRpe() != null) {
            parts.add("effort about " + item.targetRpe() + "/10");
        }
        // One-sided exercises say "each side" in every week's dose already.
        if (item.side() == Side.BOTH && !item.oneSided()) {
            parts.add("both sides");
        }
        return parts.isEmpty() ? "" : " · " + String.join(" · ", parts);
    }

    private static List<String> cues(PrescriptionRow item, ExerciseDetails exercise) {
        if (item.cues() != null && !item.cues().isBlank()) {
            return List.of(item.cues());
        }
        return exercise == null || exercise.cues() == null ? List.of() : exercise.cues();
    }

    /** Rest positions and daily habits, grouped by the time of day they are anchored to. */
    private Element dailyRhythm() {
        Map<String, List<Integer>> byTime = new LinkedHashMap<>();
        List<PrescriptionRow> items = c.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).isRecovery()) {
                String anchor = items.get(i).timeAnchors();
                byTime.computeIfAbsent(anchor == null || anchor.isBlank() ? "Any time of day" : capital(anchor),
                        k -> new ArrayList<>()).add(i);
            }
        }
        if (byTime.isEmpty()) {
            return null;
        }
        Element section = dom.el("div", "section", dom.el("h2", null, "Through the day"),
                dom.el("p", "lead", "Short breaks and habits matter as much as the exercises: your back responds to "
                        + "what you repeat all day."));
        byTime.forEach((time, indexes) -> {
            Element group = dom.el("div", "rhythm", dom.el("h3", null, time));
            for (int i : indexes) {
                PrescriptionRow item = items.get(i);
                Element entry = dom.el("div", "item", dom.el("b", null, item.exerciseName()), " · " + c.dose(i, 0));
                if (item.restPosition() != null && !item.restPosition().isBlank()) {
                    entry.appendChild(dom.el("div", null, "Position: " + item.restPosition()));
                }
                if (item.purpose() != null && !item.purpose().isBlank()) {
                    entry.appendChild(dom.el("div", null, "Why: " + item.purpose()));
                }
                List<String> cues = cues(item, c.exercise(item).orElse(null));
                if (!cues.isEmpty()) {
                    entry.appendChild(dom.el("div", null, (cues.size() == 1 ? "Cue: " : "Cues: ")
                            + String.join(" · ", cues)));
                }
                group.appendChild(entry);
            }
            section.appendChild(group);
        });
        return section;
    }

    static String dayName(DayOfWeek day, SheetContent c) {
        return day.getDisplayName(TextStyle.SHORT, c.locale());
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String stylesheet() {
        try (InputStream in = SheetDocument.class.getResourceAsStream("/sheet/sheet.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
