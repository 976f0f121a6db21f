package io.interdict.screening.infrastructure.lists;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a list record read into memory (a UN {@code INDIVIDUAL}, an OFAC {@code sdnEntry}): small enough to
 * hold whole, so a reader can map it with plain look-ups while the file itself is streamed. Each node knows its
 * element path ({@code INDIVIDUAL[17]/INDIVIDUAL_DATE_OF_BIRTH[1]/DATE}) for error messages.
 */
final class XmlNode {

    private final String name;
    private final String path;
    private final Map<String, String> attributes;
    private final List<XmlNode> children = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    XmlNode(String name, String path, Map<String, String> attributes) {
        this.name = name;
        this.path = path;
        this.attributes = Map.copyOf(attributes);
    }

    String name() {
        return name;
    }

    /** Where the element is, with 1-based indexes among same-named siblings. */
    String path() {
        return path;
    }

    String text() {
        return text.toString().strip();
    }

    String attribute(String localName) {
        return attributes.getOrDefault(localName, "");
    }

    /** The stripped text of the first child so named, or {@code ""}. */
    String text(String child) {
        return child(child).map(XmlNode::text).orElse("");
    }

    Optional<XmlNode> child(String child) {
        return children.stream().filter(c -> c.name.equals(child)).findFirst();
    }

    List<XmlNode> all(String child) {
        return children.stream().filter(c -> c.name.equals(child)).toList();
    }

    /** The stripped, non-empty texts of the children so named. */
    List<String> texts(String child) {
        return all(child).stream().map(XmlNode::text).filter(t -> !t.isEmpty()).toList();
    }

    void appendText(String more) {
        text.append(more);
    }

    XmlNode addChild(String childName, Map<String, String> childAttributes) {
        long index = children.stream().filter(c -> c.name.equals(childName)).count() + 1;
        XmlNode child = new XmlNode(childName, path + "/" + childName + "[" + index + "]", childAttributes);
        children.add(child);
        return child;
    }

    static Map<String, String> attributesOf(javax.xml.stream.XMLStreamReader reader) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return attributes;
    }
}
