package app.keel.bench.load;

import app.keel.bench.DataGenerator;
import app.keel.bench.load.UiTree.Node;
import io.gatling.javaapi.core.ChainBuilder;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static app.keel.bench.load.Vaadin.click;
import static app.keel.bench.load.Vaadin.event;
import static app.keel.bench.load.Vaadin.follow;
import static app.keel.bench.load.Vaadin.open;
import static app.keel.bench.load.Vaadin.type;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;

/**
 * The two journeys of the load test, as a person does them on screen. Every step finds its component by what the
 * person sees (a button's text, a field's label, a link's text, the first flagged row) in the tree the responses
 * built, and checks the answer shows what the person would expect next. {@code think} is the pause between steps.
 */
public final class Journeys {

    /** Session key of the e-mail the feeder gives each virtual user. */
    static final String EMAIL = "email";

    private Journeys() {
    }

    /**
     * A client on their phone: signs in, lands on Today, marks three items done, fills in and saves the daily
     * check-in, opens their progress, signs out.
     */
    public static ChainBuilder client(Duration think) {
        return exec(signIn("Client", "Hello, ")).pause(think.dividedBy(2), think.plus(think.dividedBy(2)))
                .exec(done(0)).pause(think.dividedBy(2), think.plus(think.dividedBy(2)))
                .exec(done(1)).pause(think.dividedBy(2), think.plus(think.dividedBy(2)))
                .exec(done(2)).pause(think.dividedBy(2), think.plus(think.dividedBy(2)))
                .exec(score("Pain right now", "3"), score("Worst pain in the last 24 hours", "4"),
                        score("Stiffness", "3"), score("Sleep last night", "6"), score("Stress", "3"),
                        score("Confidence in moving", "7"))
                .pause(think.dividedBy(2), think.plus(think.dividedBy(2)))
                .exec(click("Client: save check-in", t -> t.find("the check-in's save button",
                        n -> "save-check-in".equals(n.attribute("id"))), "Check-in saved. Thank you."))
                .pause(think.dividedBy(2), think.plus(think.dividedBy(2)))
                .exec(follow("Client: progress", t -> link(t, "Progress"), "My progress"))
                .pause(think.dividedBy(2), think.plus(think.dividedBy(2)))
                .exec(signOut("Client"))
                .exec(session -> {
                    Recorder.visitDone("client");
                    return session;
                });
    }

    /**
     * Check-in saves back to back, for the save throughput target: a client signs in once, then changes the pain score
     * and saves the check-in again and again until {@code length} has passed, without pausing.
     */
    public static ChainBuilder checkInSaves(Duration length) {
        return exec(signIn("Client", "Hello, "))
                .exec(score("Pain right now", "3"), score("Worst pain in the last 24 hours", "4"),
                        score("Stiffness", "3"), score("Sleep last night", "6"), score("Stress", "3"),
                        score("Confidence in moving", "7"))
                .during(length, "save").on(
                        exec(type("Client: pain right now", t -> t.find("Pain right now",
                                        n -> n.tag().equals("vaadin-integer-field")
                                                && "Pain right now".equals(n.property("label"))),
                                s -> String.valueOf(2 + s.getInt("save") % 2), null))
                        .exec(click("Client: save check-in", t -> t.find("the check-in's save button",
                                n -> "save-check-in".equals(n.attribute("id"))), "Check-in saved. Thank you.")));
    }

    /**
     * A practitioner at a desk: signs in to the caseload, opens the first flagged client's progress, goes to their
     * programs, opens the program, edits the first item's sets in the grid and saves, signs out.
     */
    public static ChainBuilder practitioner(Duration think) {
        return exec(signIn("Practitioner", "Caseload")).pause(think.dividedBy(2), think.plus(think.dividedBy(2)))
                .exec(event("Practitioner: open flagged client", Journeys::grid, "item-click",
                        s -> itemClick(flaggedRow(Vaadin.tree(s))), "Progress: "))
                .pause(think.dividedBy(2), think.plus(think.dividedBy(2)))
                .exec(follow("Practitioner: programs", t -> link(t, "Programs"), "Programs of "))
                .pause(think.dividedBy(2), think.plus(think.dividedBy(2)))
                .exec(event("Practitioner: open program", Journeys::grid, "item-click",
                        s -> itemClick(Vaadin.tree(s).rows(grid(Vaadin.tree(s))).getFirst()), "Week plan"))
                .pause(think.dividedBy(2), think.plus(think.dividedBy(2)))
                .exec(session -> session.set("sets", nextSets(Vaadin.tree(session))))
                .exec(click("Practitioner: edit item", t -> t.within(grid(t), button("Edit")).getFirst(), null))
                .exec(type("Practitioner: type sets", t -> t.within(grid(t),
                                n -> n.tag().equals("vaadin-integer-field") && "Sets".equals(n.attribute("aria-label")))
                        .getFirst(), s -> s.getString("sets"), null))
                .pause(think.dividedBy(2), think.plus(think.dividedBy(2)))
                .exec(session -> session.set("setsShown", "\"col1\":\"" + session.getString("sets") + "\""))
                .exec(Vaadin.rpc("Practitioner: save item", session -> {
                    UiTree t = Vaadin.tree(session);
                    Node save = t.within(grid(t), button("Save")).getFirst();
                    return List.of(Vaadin.event(save.id(), "click", t.eventData(save, "click", Map.of())));
                }, s -> s.getString("setsShown")))
                .pause(think.dividedBy(2), think.plus(think.dividedBy(2)))
                .exec(signOut("Practitioner"))
                .exec(session -> {
                    Recorder.visitDone("practitioner");
                    return session;
                });
    }

    /** The login page, then the login form's own event (what the form sends when "Sign in" is pressed). */
    static ChainBuilder signIn(String who, String landing) {
        return exec(open(who + ": sign-in page", s -> "login", "New here?"))
                .pause(Duration.ofMillis(300))
                .exec(Vaadin.rpc(who + ": sign in", session -> {
                    UiTree t = Vaadin.tree(session);
                    Node form = t.find("the sign-in form", n -> n.tag().equals("vaadin-login-form"));
                    return List.of(Vaadin.sync(form.id(), "disabled", true), Vaadin.event(form.id(), "login",
                            t.eventData(form, "login", Map.of("event.detail.username", session.getString(EMAIL),
                                    "event.detail.password", DataGenerator.PASSWORD))));
                }, s -> landing));
    }

    /** "Sign out" ends the HTTP session; the page then goes to sign-in, which is not part of the measured visit. */
    static ChainBuilder signOut(String who) {
        return Vaadin.rpcAnyAnswer(who + ": sign out", t -> t.find("Sign out", button("Sign out")));
    }

    private static ChainBuilder done(int item) {
        return click("Client: item " + (item + 1) + " done", t -> {
            List<Node> cards = t.findAll(n -> n.hasClass("keel-item"));
            return t.within(cards.get(item), button("Done")).getFirst();
        }, ": done, saved.");
    }

    private static ChainBuilder score(String label, String value) {
        return type("Client: " + label.toLowerCase(), t -> t.find(label, n -> n.tag().equals("vaadin-integer-field")
                && label.equals(n.property("label"))), s -> value, null);
    }

    /** A button by the text a person reads on it. */
    static Predicate<Node> button(String text) {
        return n -> n.tag().equals("vaadin-button") && n.text().equals(text);
    }

    static Node link(UiTree t, String text) {
        return t.find("link " + text, n -> n.tag().equals("a") && n.text().equals(text));
    }

    static Node grid(UiTree t) {
        return t.find("a grid", n -> n.tag().equals("vaadin-grid"));
    }

    /**
     * The first row (most urgent first) that shows a flag badge. The browser draws the badges from the row's data
     * (a Lit template): a row is flagged when its "flags" property, named by the renderer, is a non-empty list.
     */
    static JsonNode flaggedRow(UiTree t) {
        return t.rows(grid(t)).stream()
                .filter(row -> row.properties().stream().anyMatch(e -> e.getKey().endsWith("flags")
                        && e.getValue().isArray() && !e.getValue().isEmpty()))
                .findFirst().orElseThrow(() -> new IllegalStateException("no flagged client in the caseload"));
    }

    /** What the grid sends for a click on a row's first cell. */
    static Map<String, Object> itemClick(JsonNode row) {
        return Map.of("event.detail.itemKey", row.get("key").asString(), "event.detail.internalColumnId", "col0",
                "event.detail.detail", 1);
    }

    /** Alternates the first item's sets between 3 and 4, so every save is a real change. */
    static String nextSets(UiTree t) {
        JsonNode first = t.rows(grid(t)).getFirst();
        return "3".equals(first.path("col1").asString()) ? "4" : "3";
    }
}
