package app.keel.sheet;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

/**
 * The sheet's "template engine": builds the HTML as a DOM tree instead of a string. Every {@code String} child
 * becomes a text node, so a name such as {@code <img src="file:///etc/passwd">} or {@code ${x}} can only ever be
 * printed as the characters it is; nothing is parsed, so nothing needs escaping. Tag, class and attribute names
 * come from this module's code, never from user data.
 */
final class Dom {

    static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final DocumentBuilderFactory FACTORY = DocumentBuilderFactory.newInstance();

    static {
        FACTORY.setNamespaceAware(true);
    }

    private final Document doc;

    Dom() {
        try {
            doc = FACTORY.newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    Document document() {
        return doc;
    }

    /** An element with a class (or none) and children: elements, strings (as text) and nulls (skipped). */
    Element el(String tag, String cssClass, Object... children) {
        // In the XHTML namespace, so the renderer's default styles (tables, lists, blocks) apply.
        Element e = doc.createElementNS(XHTML, tag);
        if (cssClass != null) {
            e.setAttribute("class", cssClass);
        }
        return add(e, children);
    }

    Element add(Element parent, Object... children) {
        for (Object child : children) {
            switch (child) {
                case null -> { }
                case Node node -> parent.appendChild(node);
                case String text -> parent.appendChild(doc.createTextNode(text));
                default -> throw new IllegalArgumentException("Not a node or text: " + child.getClass());
            }
        }
        return parent;
    }

    static Element attr(Element e, String name, String value) {
        e.setAttribute(name, value);
        return e;
    }
}
