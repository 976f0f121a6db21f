package io.interdict.screening.infrastructure.lists;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX parsing of spreadsheet parts, locked down like {@link SecureXml}: a document type declaration is a fatal error,
 * so neither external entities nor entity expansion can happen. Namespace processing is off because it costs about
 * 40 % of the parse and a worksheet's element names are unambiguous; handlers see qualified names and drop any
 * prefix ({@link #local}).
 */
final class SecureSax {

    private static final SAXParserFactory FACTORY = factory();

    private SecureSax() {
    }

    static void parse(InputStream part, ContentHandler handler) throws IOException, SAXException, ParserConfigurationException {
        XMLReader reader;
        synchronized (FACTORY) { // JAXP factories are not thread-safe; lists are read in parallel
            reader = FACTORY.newSAXParser().getXMLReader();
        }
        reader.setContentHandler(handler);
        reader.setErrorHandler(new DefaultHandler()); // report by exception, never on stderr
        reader.parse(new InputSource(part));
    }

    /** {@code x:row} or {@code row} -> {@code row}. */
    static String local(String qualifiedName) {
        int colon = qualifiedName.indexOf(':');
        return colon < 0 ? qualifiedName : qualifiedName.substring(colon + 1);
    }

    private static SAXParserFactory factory() {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a security feature", e);
        }
    }
}
