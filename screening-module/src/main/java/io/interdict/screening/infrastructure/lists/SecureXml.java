package io.interdict.screening.infrastructure.lists;

import io.interdict.screening.domain.model.list.ListFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a list's XML file with StAX, safely: list files come from outside, so document type declarations are
 * refused outright (no list format needs one) and external entities and DTDs are never fetched. That shuts out both
 * XXE (reading local files or URLs through an entity) and entity-expansion bombs ("billion laughs").
 */
final class SecureXml implements AutoCloseable {

    /** What a reader does with the elements it meets: most are walked past, record elements are read whole. */
    interface Visitor {
        /** Called at every start tag; return true to have the element's subtree read as one {@link XmlNode}. */
        boolean wantsRecord(String localName, int depth);

        void record(XmlNode node);

        default void start(String localName, int depth, XMLStreamReader reader) {
        }
    }

    private static final XMLInputFactory FACTORY = factory();

    private final String file;
    private final InputStream in;
    private final XMLStreamReader reader;

    private SecureXml(String file, InputStream in, XMLStreamReader reader) {
        this.file = file;
        this.in = in;
        this.reader = reader;
    }

    static SecureXml open(Path path) {
        String file = path.getFileName().toString();
        InputStream in;
        try {
            in = Files.newInputStream(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
        try {
            XMLStreamReader reader;
            synchronized (FACTORY) { // StAX factories are not required to be thread-safe; lists are read in parallel
                reader = FACTORY.createXMLStreamReader(in);
            }
            return new SecureXml(file, in, reader);
        } catch (XMLStreamException e) {
            closeQuietly(in);
            throw failure(file, e);
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written; a failed close cannot lose data
        }
    }

    /** Walks the whole document, handing each record element to the visitor. */
    void walk(Visitor visitor) {
        Deque<String> open = new ArrayDeque<>();
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        try {
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new ListFormatException(file, position(reader.getLocation()),
                            "the file has a document type declaration (DOCTYPE); list files never need one and it is "
                                    + "refused because it can read local files or expand entities without limit");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = reader.getLocalName();
                    visitor.start(name, open.size(), reader);
                    if (visitor.wantsRecord(name, open.size())) {
                        int index = seen.merge(name, 1, Integer::sum);
                        Iterable<String> parents = open::descendingIterator;
                        visitor.record(readRecord(String.join("/", parents) + "/" + name + "[" + index + "]"));
                    } else {
                        open.push(name);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    open.pop();
                }
            }
        } catch (XMLStreamException e) {
            throw failure(file, e);
        }
    }

    String file() {
        return file;
    }

    private XmlNode readRecord(String path) throws XMLStreamException {
        XmlNode root = new XmlNode(reader.getLocalName(), path, XmlNode.attributesOf(reader));
        Deque<XmlNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT ->
                    stack.push(stack.peek().addChild(reader.getLocalName(), XmlNode.attributesOf(reader)));
                case XMLStreamConstants.END_ELEMENT -> stack.pop();
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> stack.peek().appendText(reader.getText());
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new ListFormatException(file, stack.peek().path(),
                        "entity reference &" + reader.getLocalName() + "; is not allowed");
                default -> {
                }
            }
        }
        return root;
    }

    @Override
    public void close() {
        try {
            reader.close();
            in.close();
        } catch (XMLStreamException | IOException e) {
            // nothing was written; a failed close cannot lose data
        }
    }

    private static ListFormatException failure(String file, XMLStreamException e) {
        String position = e.getLocation() == null ? "" : position(e.getLocation());
        String reason = e.getMessage() == null ? e.toString() : e.getMessage().replaceFirst("(?s)^ParseError at.*?Message: ", "");
        return new ListFormatException(file, position, "not well-formed XML: " + reason, e);
    }

    private static String position(Location location) {
        return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
