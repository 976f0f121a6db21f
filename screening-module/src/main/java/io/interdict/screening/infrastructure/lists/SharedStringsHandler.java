package io.interdict.screening.infrastructure.lists;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for a workbook's shared strings part ({@code sharedStrings.xml}): the texts of its {@code si} items in
 * order, rich-text runs joined, phonetic hints ({@code rPh}) left out. POI's own tables build an XMLBeans object per
 * string, which costs more than reading the whole sheet when the JVM is cold.
 */
final class SharedStringsHandler extends DefaultHandler {

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder item = new StringBuilder();
    private boolean inText;
    private boolean inPhonetic;

    List<String> strings() {
        return strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (SecureSax.local(qName)) {
            case "si" -> item.setLength(0);
            case "t" -> inText = !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inText) {
            item.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (SecureSax.local(qName)) {
            case "si" -> strings.add(item.toString());
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }
}
