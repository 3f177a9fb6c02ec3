package app.keel.bench.load;

import app.keel.bench.load.UiTree.Node;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Gatling steps that talk to a Vaadin Flow UI the way the browser's Flow client does: open a page (the HTML, then
 * {@code ?v-r=init} with the browser details, then the {@code ui-navigate} event that renders the route), and send
 * UIDL messages (clicks, value changes, navigation) with the security key and the {@code syncId}/{@code clientId}
 * counters. Each step finds its component in the {@link UiTree} rebuilt from earlier responses and checks that the
 * response shows what a person would expect; anything else (a server error, an expired session, the expected text
 * missing) fails the request.
 * <p>
 * Left out on purpose: the bundle and style downloads of a first visit (immutable, cached by browsers after the first
 * page) and the property-echo events web components send after rendering ({@code opened-changed} and the like, which
 * the server ignores when nothing listens). Push is off in Keel (no {@code @Push}); {@code pushMode} is checked.
 */
public final class Vaadin {

    static final String TREE = "vaadinUi";
    private static final String UIDL_URL = "/?v-r=uidl&v-uiId=#{" + TREE + "Id}";
    /** What the Flow client reports about a phone browser in {@code ?v-r=init} (see flow-client's Flow.ts). */
    private static final String BROWSER_DETAILS = "&v-sh=740&v-sw=360&v-wh=740&v-ww=360&v-bh=740&v-bw=360"
            + "&v-curdate=1796165398121&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-0.5&v-td=true"
            + "&v-pr=2&v-np=Linux%20x86_64&v-cs=&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN&v-so=portrait-primary&v-soa=0"
            + "&v-tn=aura&v-ga=UNSUPPORTED&v-wla=SUPPORTED&v-ws=false";

    private Vaadin() {
    }

    /** The tree of this virtual user's current UI. */
    public static UiTree tree(Session session) {
        return session.get(TREE);
    }

    /**
     * A full page load of {@code route} (no leading slash): the HTML page, a new UI from {@code ?v-r=init}, then the
     * navigation event that renders the view. Expects {@code expect} on screen afterwards.
     */
    public static ChainBuilder open(String name, Function<Session, String> route, String expect) {
        return exec(session -> session.set(TREE, new UiTree()).set(TREE + "Route", route.apply(session)))
                .exec(timed(http(name + " (page)").get("/#{" + TREE + "Route}").check(status().is(200)), false))
                .exec(timed(http(name + " (init)")
                        .get(session -> "/?v-r=init&location=" + encode(session.getString(TREE + "Route"))
                                + "&query=" + BROWSER_DETAILS)
                        .check(status().is(200))
                        .check(bodyString().transformWithSession((body, session) -> {
                            UiTree tree = tree(session);
                            tree.applyInit(body);
                            String push = pushMode(tree);
                            return push.equals("DISABLED") ? "ok" : "push is " + push;
                        }).is("ok")), false))
                .exec(session -> session.set(TREE + "Id", tree(session).uiId))
                .exec(rpc(name, session -> {
                    ObjectNode data = JsonNodeFactory.instance.objectNode();
                    data.put("route", session.getString(TREE + "Route"));
                    data.put("query", "");
                    data.put("appShellTitle", "");
                    data.putNull("historyState");
                    data.put("trigger", "");
                    return List.of(event(UiTree.ROOT, "ui-navigate", data));
                }, expect));
    }

    /** Clicks the component a person would find with {@code target}, then expects {@code expect} on screen. */
    public static ChainBuilder click(String name, Function<UiTree, Node> target, String expect) {
        return rpc(name, session -> {
            UiTree tree = tree(session);
            Node node = target.apply(tree);
            return List.of(event(node.id(), "click", tree.eventData(node, "click", Map.of())));
        }, expect);
    }

    /** Fires a DOM event with the given data (e.g. the login form's "login", the grid's "item-click"). */
    public static ChainBuilder event(String name, Function<UiTree, Node> target, String event,
                                     Function<Session, Map<String, Object>> data, String expect) {
        return rpc(name, session -> {
            UiTree tree = tree(session);
            Node node = target.apply(tree);
            return List.of(event(node.id(), event, tree.eventData(node, event, data.apply(session))));
        }, expect);
    }

    /**
     * Types a value and leaves the field, as a browser reports it: the value property and the input element's value
     * are synced, then the {@code change} event is sent, all in one message.
     */
    public static ChainBuilder type(String name, Function<UiTree, Node> field, Function<Session, String> value,
                                    String expect) {
        return rpc(name, session -> {
            Node node = field.apply(tree(session));
            String typed = value.apply(session);
            return List.of(sync(node.id(), "value", typed), sync(node.id(), "_inputElementValue", typed),
                    event(node.id(), "change", JsonNodeFactory.instance.objectNode()));
        }, expect);
    }

    /** Follows an in-app link: Flow's client router turns the click into a {@code ui-navigate} event. */
    public static ChainBuilder follow(String name, Function<UiTree, Node> anchor, String expect) {
        return rpc(name, session -> {
            Node link = anchor.apply(tree(session));
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            data.put("route", link.attribute("href"));
            data.put("query", "");
            data.put("appShellTitle", "");
            data.putNull("historyState");
            data.put("trigger", "client");
            return List.of(event(UiTree.ROOT, "ui-navigate", data));
        }, expect);
    }

    /**
     * One UIDL request carrying the RPCs built from the current tree. The response is applied to the tree; the
     * request fails on an error or expired session in the response, or when {@code expect} is not on screen.
     */
    public static ChainBuilder rpc(String name, Function<Session, List<ObjectNode>> rpcs, String expect) {
        return rpc(name, rpcs, session -> expect);
    }

    /** As {@link #rpc(String, Function, String)}, with the expected text taken from the session. */
    public static ChainBuilder rpc(String name, Function<Session, List<ObjectNode>> rpcs,
                                   Function<Session, String> expect) {
        return timed(http(name).post(UIDL_URL)
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> {
                    ArrayNode array = JsonNodeFactory.instance.arrayNode();
                    rpcs.apply(session).forEach(array::add);
                    return tree(session).message(array);
                }))
                .check(status().is(200))
                .check(bodyString().transformWithSession((body, session) -> verdict(tree(session), body,
                        expect.apply(session))).is("ok")), name.endsWith("save check-in"));
    }

    /**
     * The request, its round trip recorded for the run's own figures ({@link Recorder}). A request that failed is
     * counted as an error and ends this visit (its tree no longer matches the server's), so one failure is one error.
     */
    private static ChainBuilder timed(HttpRequestActionBuilder request, boolean checkInSave) {
        return exec(session -> session.remove("roundTrip"))
                .exec(request.check(responseTimeInMillis().saveAs("roundTrip")))
                .exec(session -> {
                    Recorder.record(session.contains("roundTrip") ? session.getInt("roundTrip") : null,
                            session.isFailed(), checkInSave);
                    return session;
                })
                .exitHereIfFailed();
    }

    /**
     * A click whose answer leaves this UI (signing out ends the session): only a plain 200 is expected, and the tree
     * is no longer used.
     */
    public static ChainBuilder rpcAnyAnswer(String name, Function<UiTree, Node> target) {
        return timed(http(name).post(UIDL_URL)
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> {
                    UiTree tree = tree(session);
                    Node node = target.apply(tree);
                    ArrayNode array = JsonNodeFactory.instance.arrayNode();
                    array.add(event(node.id(), "click", tree.eventData(node, "click", Map.of())));
                    return tree.message(array);
                }))
                .check(status().is(200)), false);
    }

    static String verdict(UiTree tree, String body, String expect) {
        JsonNode message = tree.applyResponse(body);
        JsonNode meta = message.get("meta");
        if (meta != null && (meta.has("appError") || meta.has("sessionExpired"))) {
            return "server said " + meta;
        }
        if (expect != null && !tree.shows(expect)) {
            return "not on screen: " + expect;
        }
        return "ok";
    }

    static ObjectNode event(int node, String event, ObjectNode data) {
        ObjectNode rpc = JsonNodeFactory.instance.objectNode();
        rpc.put("type", "event");
        rpc.put("node", node);
        rpc.put("event", event);
        rpc.set("data", data);
        return rpc;
    }

    static ObjectNode sync(int node, String property, Object value) {
        ObjectNode rpc = JsonNodeFactory.instance.objectNode();
        rpc.put("type", "mSync");
        rpc.put("node", node);
        rpc.put("feature", UiTree.PROPERTIES);
        rpc.put("property", property);
        rpc.set("value", UiTree.JSON.valueToTree(value));
        return rpc;
    }

    private static String pushMode(UiTree tree) {
        return tree.node(UiTree.ROOT).map(n -> n.map(5).get("pushMode")).map(JsonNode::asString).orElse("unknown");
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
