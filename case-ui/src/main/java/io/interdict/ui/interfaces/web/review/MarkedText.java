package io.interdict.ui.interfaces.web.review;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A name as written, with the words the engine matched marked ({@code <mark>}). Every piece is set as text, so a
 * name that looks like HTML shows as the characters it is.
 */
public final class MarkedText {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private MarkedText() {
    }

    /** @param tokens the matched tokens as the engine normalised them (lower case, without accents) */
    public static Span of(String text, Set<String> tokens) {
        var span = new Span();
        Set<String> wanted = tokens.stream().map(MarkedText::normalised).collect(Collectors.toSet());
        Matcher words = WORD.matcher(text);
        int at = 0;
        while (words.find()) {
            if (wanted.contains(normalised(words.group()))) {
                span.getElement().appendChild(Element.createText(text.substring(at, words.start())));
                var mark = new Element("mark");
                mark.setText(words.group());
                span.getElement().appendChild(mark);
                at = words.end();
            }
        }
        span.getElement().appendChild(Element.createText(text.substring(at)));
        return span;
    }

    static String normalised(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
