package app.keel.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * What every client page says about pain and safety, in our own plain words for people who may be older and in pain.
 * The thresholds follow the pain-monitoring model used by the progression gate (docs/clinical-rules.md), so what the
 * client is told and what the engine does agree. Colour is never the only signal: each light has words.
 */
public final class SafetyNotes {

    private SafetyNotes() {
    }

    /** The traffic light: how much pain during or after exercise is fine, and when to ease off. */
    public static Div painGuidance() {
        Div box = new Div(new H2("How much pain is all right?"));
        box.setId("pain-guidance");
        box.addClassName("keel-pain-guidance");
        UnorderedList lights = new UnorderedList(
                light("green", "Green · 0 to 3 out of 10:",
                        "this is fine. Carry on as planned."),
                light("amber", "Amber · 4 or 5 out of 10:",
                        "acceptable, as long as it has settled by the next morning."),
                light("red", "Red · above 5, or worse the next morning:",
                        "ease off. Do less or stop that exercise, and tell your practitioner."));
        box.add(new Paragraph("Some discomfort while you exercise is normal and not a sign of harm. Use this as "
                + "your guide, during the exercise and the morning after:"), lights);
        return box;
    }

    /** Symptoms that need a doctor now, not at the next appointment. */
    public static Div redFlags() {
        Div box = new Div(new H2("Stop and get medical help now"));
        box.setId("red-flags");
        box.addClassName("keel-red-flags");
        box.getElement().setAttribute("role", "note");
        box.add(new Paragraph("These are rare, but do not wait for your next appointment if you notice any of them:"),
                new UnorderedList(
                        new ListItem("numbness or tingling between your legs or around your bottom"),
                        new ListItem("new trouble passing urine, or not being able to hold your bladder or bowels"),
                        new ListItem("weakness in your legs that is getting worse, or both legs going numb or weak"),
                        new ListItem("back pain with a fever, or with feeling very unwell"),
                        new ListItem("back pain after a fall or an accident"),
                        new ListItem("severe pain that no position eases and that keeps you awake at night")),
                new Paragraph("Stop exercising and call your doctor or your local emergency number straight away."));
        return box;
    }

    private static ListItem light(String colour, String label, String text) {
        Span dot = new Span();
        dot.addClassNames("keel-light", "keel-light-" + colour);
        dot.getElement().setAttribute("aria-hidden", "true");
        Span strong = new Span(label);
        strong.addClassName("keel-light-label");
        ListItem item = new ListItem(dot, strong, new Span(" " + text));
        item.addClassName("keel-light-" + colour + "-item");
        return item;
    }
}
