package app.keel.bench.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What a browser's Flow client knows about one UI, rebuilt from the server's UIDL messages: the state tree (nodes
 * with their tag, properties, attributes, children, text and DOM listeners), the security key and the message
 * counters. The load test finds components in it by tag, label and text, the way a person finds them on screen, so
 * no node id is ever recorded or guessed.
 * <p>
 * Protocol (Vaadin Flow 25, read from flow-client's {@code MessageHandler}, {@code MessageSender} and
 * {@code ServerConnector}): every message the server sends carries {@code syncId} (the client echoes the last one) and
 * {@code clientId} (the id the server expects next); {@code changes} patch the tree per node feature (the numbers in
 * {@code NodeFeatures}); {@code constants} map a listener's hash to the event data expressions it wants.
 */
public final class UiTree {

    static final int DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    static final int CLASS_LIST = 11;
    static final int VIRTUAL_CHILDREN = 24;
    static final int ROOT = 1;

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One node of the state tree: keyed features (maps) and list features (children, class names). */
    public static final class Node {
        final int id;
        private final UiTree tree;
        final Map<Integer, Map<String, JsonNode>> maps = new HashMap<>();
        final Map<Integer, List<JsonNode>> lists = new HashMap<>();

        Node(int id, UiTree tree) {
            this.id = id;
            this.tree = tree;
        }

        /** The text a person reads inside this node. */
        public String text() {
            return tree.text(this);
        }

        public boolean hasClass(String name) {
            return list(CLASS_LIST).stream().anyMatch(c -> c.asString().equals(name));
        }

        public int id() {
            return id;
        }

        public String tag() {
            JsonNode tag = map(DATA).get("tag");
            return tag == null ? "" : tag.asString();
        }

        public String property(String name) {
            JsonNode value = map(PROPERTIES).get(name);
            return value == null || value.isNull() ? null : value.isString() ? value.asString() : value.toString();
        }

        public String attribute(String name) {
            JsonNode value = map(ATTRIBUTES).get(name);
            return value == null || value.isNull() ? null : value.asString();
        }

        boolean listens(String event) {
            return map(LISTENERS).containsKey(event);
        }

        Map<String, JsonNode> map(int feature) {
            return maps.computeIfAbsent(feature, f -> new HashMap<>());
        }

        List<JsonNode> list(int feature) {
            return lists.computeIfAbsent(feature, f -> new ArrayList<>());
        }

        @Override
        public String toString() {
            return "node " + id + " <" + tag() + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final List<JsonNode> executed = new ArrayList<>();
    /** Rows each grid was sent, by grid node and row index (the client's {@code $connector.set}). */
    private final Map<Integer, Map<Integer, JsonNode>> gridRows = new HashMap<>();
    /** Grid data updates the client confirms with its next message, as the grid connector does. */
    private final List<JsonNode> confirms = new ArrayList<>();
    private int promises;
    int uiId;
    String csrfToken;
    int syncId = -1;
    int clientId;
    /** The state tree changed in the last message (the count of changes it held). */
    int lastChanges;

    /** Applies the JSON of {@code ?v-r=init} (the UI's configuration with its first message). */
    public void applyInit(String body) {
        JsonNode init = JSON.readTree(body);
        JsonNode config = init.get("appConfig");
        uiId = config.get("v-uiId").asInt();
        apply(config.get("uidl"));
    }

    /** Applies the body of a UIDL response and returns the message, so callers can look at its meta part. */
    public JsonNode applyResponse(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode message = JSON.readTree(json);
        if (message.isArray()) {
            message = message.get(0);
        }
        apply(message);
        return message;
    }

    void apply(JsonNode message) {
        if (message.has("Vaadin-Security-Key")) {
            csrfToken = message.get("Vaadin-Security-Key").asString();
        }
        if (message.has("syncId")) {
            syncId = message.get("syncId").asInt();
        }
        if (message.has("clientId")) {
            clientId = message.get("clientId").asInt();
        }
        if (message.has("constants")) {
            message.get("constants").properties().forEach(e -> constants.put(e.getKey(), e.getValue()));
        }
        lastChanges = 0;
        if (message.has("changes")) {
            for (JsonNode change : message.get("changes")) {
                applyChange(change);
                lastChanges++;
            }
        }
        executed.clear();
        if (message.has("execute")) {
            message.get("execute").forEach(this::execute);
        }
    }

    /** The few client-side scripts whose effect the load test needs: grid rows, rows sent again, confirmations. */
    private void execute(JsonNode invocation) {
        executed.add(invocation);
        String script = invocation.get(invocation.size() - 1).asString();
        JsonNode target = invocation.get(0);
        if (!target.isObject() || !target.has("@v-node")) {
            return;
        }
        int grid = target.get("@v-node").asInt();
        if (script.equals("return $0.$connector.set($1,$2)")) {
            Map<Integer, JsonNode> rows = gridRows.computeIfAbsent(grid, g -> new HashMap<>());
            int index = invocation.get(1).asInt();
            for (JsonNode row : invocation.get(2)) {
                rows.put(index++, row);
            }
        } else if (script.equals("return $0.$connector.updateFlatData($1)")) {
            // Rows sent again in place (a refreshed item): replace the row with the same key.
            Map<Integer, JsonNode> rows = gridRows.computeIfAbsent(grid, g -> new HashMap<>());
            for (JsonNode updated : invocation.get(1)) {
                rows.replaceAll((index, row) -> row.path("key").equals(updated.path("key")) ? updated : row);
            }
        } else if (script.contains("$connector.reset()") || script.equals("return $0.$connector.clear($1,$2)")) {
            gridRows.remove(grid);
        } else if (script.equals("return $0.$connector.confirm($1)")) {
            ObjectNode rpc = JsonNodeFactory.instance.objectNode();
            rpc.put("type", "publishedEventHandler");
            rpc.put("node", grid);
            rpc.put("templateEventMethodName", "confirmUpdate");
            rpc.set("templateEventMethodArgs", JsonNodeFactory.instance.arrayNode().add(invocation.get(1).asInt()));
            rpc.put("promise", promises++);
            confirms.add(rpc);
        }
    }

    /** The rows the grid holds, in order: each a JSON object with "key", "col0"… and component node ids. */
    public List<JsonNode> rows(Node grid) {
        Map<Integer, JsonNode> rows = gridRows.getOrDefault(grid.id(), Map.of());
        return rows.keySet().stream().sorted().map(rows::get).toList();
    }

    /** The components a row shows in its component columns (buttons, badges), as nodes. */
    public List<Node> components(JsonNode row) {
        List<Node> out = new ArrayList<>();
        row.properties().forEach(e -> {
            if (e.getKey().endsWith("_nodeid") && nodes.containsKey(e.getValue().asInt())) {
                out.add(nodes.get(e.getValue().asInt()));
            }
        });
        return out;
    }

    private void applyChange(JsonNode change) {
        int id = change.get("node").asInt();
        String type = change.get("type").asString();
        if (type.equals("detach")) {
            nodes.remove(id);
            return;
        }
        Node node = nodes.computeIfAbsent(id, i -> new Node(i, this));
        if (type.equals("attach")) {
            return;
        }
        int feature = change.get("feat").asInt();
        switch (type) {
            case "put" -> node.map(feature).put(change.get("key").asString(),
                    change.has("nodeValue") ? change.get("nodeValue") : change.get("value"));
            case "remove" -> node.map(feature).remove(change.get("key").asString());
            case "clear" -> {
                node.list(feature).clear();
                node.map(feature).clear();
            }
            case "splice" -> {
                List<JsonNode> list = node.list(feature);
                int index = change.get("index").asInt();
                int remove = change.has("remove") ? change.get("remove").asInt() : 0;
                for (int i = 0; i < remove && index < list.size(); i++) {
                    list.remove(index);
                }
                JsonNode added = change.has("addNodes") ? change.get("addNodes") : change.get("add");
                if (added != null) {
                    List<JsonNode> values = new ArrayList<>();
                    added.forEach(values::add);
                    list.addAll(Math.min(index, list.size()), values);
                }
            }
            default -> throw new IllegalStateException("unknown change type " + type + ": " + change);
        }
    }

    public Optional<Node> node(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The nodes a person can reach on screen: from the UI down through children and virtual children, in order. */
    public List<Node> attached() {
        List<Node> out = new ArrayList<>();
        collect(nodes.get(ROOT), out);
        return out;
    }

    private void collect(Node node, List<Node> out) {
        if (node == null) {
            return;
        }
        out.add(node);
        for (int feature : new int[]{CHILDREN, VIRTUAL_CHILDREN}) {
            for (JsonNode child : node.list(feature)) {
                if (child.isNumber()) {
                    collect(nodes.get(child.asInt()), out);
                }
            }
        }
    }

    /** The text a person reads inside the node (its text nodes, depth first), whitespace collapsed. */
    public String text(Node node) {
        StringBuilder sb = new StringBuilder();
        appendText(node, sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    private void appendText(Node node, StringBuilder sb) {
        JsonNode text = node.map(TEXT).get("text");
        if (text != null) {
            sb.append(text.asString());
        }
        for (JsonNode child : node.list(CHILDREN)) {
            Node c = nodes.get(child.asInt());
            if (c != null) {
                appendText(c, sb);
            }
        }
    }

    public List<Node> findAll(Predicate<Node> matches) {
        return attached().stream().filter(matches).toList();
    }

    /** The first attached node that matches, or a failure that names what was looked for. */
    public Node find(String what, Predicate<Node> matches) {
        return attached().stream().filter(matches).findFirst()
                .orElseThrow(() -> new IllegalStateException("not on screen: " + what));
    }

    /** The nodes under {@code root} (itself included) that match. */
    public List<Node> within(Node root, Predicate<Node> matches) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out.stream().filter(matches).toList();
    }

    /**
     * Whether the screen shows this text: in a text node (headings, paragraphs, buttons), a notification's text, or
     * a grid cell the server just sent.
     */
    public boolean shows(String text) {
        boolean inTree = attached().stream().anyMatch(n -> {
            JsonNode t = n.map(TEXT).get("text");
            boolean notification = n.tag().equals("vaadin-notification") && n.map(PROPERTIES).values().stream()
                    .anyMatch(v -> v.isString() && v.asString().contains(text));
            return t != null && t.asString().contains(text) || notification;
        });
        return inTree || gridRows.values().stream().flatMap(rows -> rows.values().stream())
                .anyMatch(row -> row.toString().contains(text));
    }

    /** JavaScript the server asked the client to run in the last message (navigation, notifications, grid data). */
    public List<JsonNode> executed() {
        return executed;
    }

    /**
     * The event data a browser sends with this DOM event: one value per expression the server listens for (from the
     * listener's constant). Expressions starting with "}" are property syncs sent as separate mSync RPCs, not data.
     */
    ObjectNode eventData(Node node, String event, Map<String, Object> given) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        JsonNode hash = node.map(LISTENERS).get(event);
        JsonNode expressions = hash == null ? null : constants.get(hash.asString());
        if (expressions != null) {
            for (String expression : expressions.propertyNames()) {
                if (!expression.startsWith("}") && !expression.matches("\\d+")) {
                    data.set(expression, JSON.valueToTree(given.getOrDefault(expression, defaultFor(expression))));
                }
            }
        }
        given.forEach((k, v) -> data.set(k, JSON.valueToTree(v)));
        return data;
    }

    /** What a mouse click reports for data the server did not ask us to choose: no modifier keys, left button. */
    private static Object defaultFor(String expression) {
        if (expression.endsWith("Key")) {
            return false;
        }
        if (expression.equals("event.detail")) {
            return 1;
        }
        return expression.startsWith("event.") && !expression.contains(".detail.") ? 0 : null;
    }

    /** The body of the next UIDL request carrying these RPCs, with the counters a browser would send. */
    String message(ArrayNode rpcs) {
        if (!confirms.isEmpty()) {
            ArrayNode all = JsonNodeFactory.instance.arrayNode();
            confirms.forEach(all::add);
            all.addAll(rpcs);
            rpcs = all;
            confirms.clear();
        }
        ObjectNode payload = JsonNodeFactory.instance.objectNode();
        payload.put("csrfToken", csrfToken);
        payload.set("rpc", rpcs);
        payload.put("syncId", syncId);
        payload.put("clientId", clientId);
        return payload.toString();
    }
}
