package io.interdict.casework.domain.model.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * OFAC's five steps for deciding whether a hit is a valid match (FAQ 5), as the questions the analyst answers: the
 * one place that names them, gives their order and says which answers each takes. Requests, views, the audit trail
 * and the browser all read the questions from here.
 */
public enum ChecklistQuestion {

    ON_OFAC_LIST(1, "onOfacList", Answer.class,
            "Is the hit against an OFAC list (rather than another agency's list)?"),
    TYPE_MISMATCH(2, "typeMismatch", Answer.class,
            "Is the hit an individual where the party is an organisation or vessel, or the other way round?"),
    ONLY_ONE_NAME_MATCHES(3, "onlyOneNameMatches", Answer.class,
            "Does only one of two or more names match (e.g. just the surname)?"),
    IDENTIFIERS(4, "identifiers", IdentifierComparison.class,
            "How does the complete entry compare: identifiers, date of birth, address, nationality?"),
    SEVERAL_SIMILARITIES(5, "severalSimilarities", Answer.class,
            "Are there several similarities or exact matches?");

    private final int step;
    private final String field;
    private final Class<? extends Enum<?>> answers;
    private final String text;

    ChecklistQuestion(int step, String field, Class<? extends Enum<?>> answers, String text) {
        this.step = step;
        this.field = field;
        this.answers = answers;
        this.text = text;
    }

    /** OFAC's step number, 1 to 5. */
    public int step() {
        return step;
    }

    /** The question's name in requests and views ({@code onOfacList}...). */
    public String field() {
        return field;
    }

    /** The type of its answer: {@link Answer}, or {@link IdentifierComparison} for step 4. */
    public Class<? extends Enum<?>> answers() {
        return answers;
    }

    /** The question as a person reads it. */
    public String text() {
        return text;
    }

    /** The answers this question takes, by name ({@code YES}, {@code NO}...). */
    public List<String> answerNames() {
        return Arrays.stream(answers.getEnumConstants()).map(Enum::name).toList();
    }

    /** The answer of this question's type with this name, if it is one. */
    public Optional<Enum<?>> answer(String name) {
        return Arrays.stream(answers.getEnumConstants()).filter(a -> a.name().equals(name)).findFirst()
                .map(a -> (Enum<?>) a);
    }

    /** The question with this field name, if any. */
    public static Optional<ChecklistQuestion> byField(String field) {
        return Arrays.stream(values()).filter(q -> q.field.equals(field)).findFirst();
    }

    /** Every field name, in OFAC's order, for messages that list them. */
    public static List<String> fields() {
        return Arrays.stream(values()).map(ChecklistQuestion::field).toList();
    }
}
