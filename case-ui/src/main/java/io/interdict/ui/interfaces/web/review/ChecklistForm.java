package io.interdict.ui.interfaces.web.review;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import io.interdict.casework.domain.model.cases.ChecklistQuestion;
import io.interdict.casework.domain.model.cases.ValidMatchChecklist;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * OFAC's valid-match checklist as its five questions, in OFAC's order, each with the answers the domain takes. The
 * questions and answers come from {@link ChecklistQuestion}; the rules on them stay in the domain.
 */
public class ChecklistForm extends Div {

    private final Map<ChecklistQuestion, RadioButtonGroup<String>> answers = new EnumMap<>(ChecklistQuestion.class);

    public ChecklistForm() {
        setId("checklist");
        addClassName("checklist");
        for (ChecklistQuestion question : ChecklistQuestion.values()) {
            var group = new RadioButtonGroup<String>(question.step() + ". " + question.text());
            group.setId("checklist-" + question.field());
            group.setItems(question.answerNames());
            group.setItemLabelGenerator(ChecklistForm::label);
            answers.put(question, group);
            add(group);
        }
    }

    /** The checklist as answered so far; unanswered questions stay unanswered for the domain to name. */
    public ValidMatchChecklist checklist() {
        Map<ChecklistQuestion, Enum<?>> given = new EnumMap<>(ChecklistQuestion.class);
        answers.forEach((question, group) -> {
            if (group.getValue() != null) {
                question.answer(group.getValue()).ifPresent(answer -> given.put(question, answer));
            }
        });
        return ValidMatchChecklist.of(given);
    }

    /** Marks the questions the domain found unanswered, each with its message, and clears the others. */
    public void markUnanswered() {
        var unanswered = checklist().unanswered();
        answers.forEach((question, group) -> {
            boolean missing = unanswered.contains(question.field());
            group.setErrorMessage(missing ? "Answer this question" : null);
            group.setInvalid(missing);
        });
    }

    private static String label(String answer) {
        String words = answer.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
