package io.interdict.ui.interfaces.web.review;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words the engine matched are marked in the name as written; everything stays text. */
class MarkedTextTest {

    @Test
    void matchedWordsAreMarkedWhateverTheirCaseAndAccents() {
        Element name = MarkedText.of("Korea Mining Développement, Pyongyang", Set.of("korea", "developpement"))
                .getElement();

        assertThat(name.getChildren().filter(c -> !c.isTextNode() && c.getTag().equals("mark"))
                .map(Element::getText)).containsExactly("Korea", "Développement");
        assertThat(name.getTextRecursively()).isEqualTo("Korea Mining Développement, Pyongyang");
    }

    @Test
    void aNameThatLooksLikeHtmlStaysText() {
        Element name = MarkedText.of("<img src=x onerror=alert(1)> KOMID", Set.of("komid")).getElement();

        assertThat(name.getTextRecursively()).isEqualTo("<img src=x onerror=alert(1)> KOMID");
        assertThat(name.getChildren().noneMatch(c -> !c.isTextNode() && c.getTag().equals("img"))).isTrue();
    }
}
