package io.interdict.casework.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * OFAC's five steps for deciding whether a hit is a valid match (FAQ 5), answered by the analyst at triage and kept
 * with the decision as its evidence. The questions themselves are {@link ChecklistQuestion}.
 */
@Embeddable
public class ValidMatchChecklist {

    @Enumerated(EnumType.STRING)
    @Column(name = "check_on_ofac_list", length = 3)
    private Answer onOfacList;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_type_mismatch", length = 3)
    private Answer typeMismatch;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_only_one_name", length = 3)
    private Answer onlyOneNameMatches;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_identifiers", length = 20)
    private IdentifierComparison identifiers;

    @Enumerated(EnumType.STRING)
    @Column(name = "check_several_similarities", length = 3)
    private Answer severalSimilarities;

    protected ValidMatchChecklist() {
        // for JPA
    }

    public ValidMatchChecklist(Answer onOfacList, Answer typeMismatch, Answer onlyOneNameMatches,
                               IdentifierComparison identifiers, Answer severalSimilarities) {
        this.onOfacList = onOfacList;
        this.typeMismatch = typeMismatch;
        this.onlyOneNameMatches = onlyOneNameMatches;
        this.identifiers = identifiers;
        this.severalSimilarities = severalSimilarities;
    }

    /**
     * The checklist from its answers by question, as a request gives them.
     *
     * @throws IllegalArgumentException when an answer is not of its question's type
     */
    public static ValidMatchChecklist of(Map<ChecklistQuestion, ? extends Enum<?>> answers) {
        return new ValidMatchChecklist(
                answerTo(answers, ChecklistQuestion.ON_OFAC_LIST, Answer.class),
                answerTo(answers, ChecklistQuestion.TYPE_MISMATCH, Answer.class),
                answerTo(answers, ChecklistQuestion.ONLY_ONE_NAME_MATCHES, Answer.class),
                answerTo(answers, ChecklistQuestion.IDENTIFIERS, IdentifierComparison.class),
                answerTo(answers, ChecklistQuestion.SEVERAL_SIMILARITIES, Answer.class));
    }

    private static <A extends Enum<A>> A answerTo(Map<ChecklistQuestion, ? extends Enum<?>> answers,
                                                  ChecklistQuestion question, Class<A> type) {
        Enum<?> answer = answers.get(question);
        return answer == null ? null : type.cast(answer);
    }

    /** The answer given to a question; null when it was left unanswered. */
    public Enum<?> answerTo(ChecklistQuestion question) {
        return switch (question) {
            case ON_OFAC_LIST -> onOfacList;
            case TYPE_MISMATCH -> typeMismatch;
            case ONLY_ONE_NAME_MATCHES -> onlyOneNameMatches;
            case IDENTIFIERS -> identifiers;
            case SEVERAL_SIMILARITIES -> severalSimilarities;
        };
    }

    /** The answers by question field name, in OFAC's order ({@code onOfacList=YES}...); unanswered as null. */
    public Map<String, String> answersByField() {
        Map<String, String> answers = new LinkedHashMap<>();
        for (ChecklistQuestion question : ChecklistQuestion.values()) {
            Enum<?> answer = answerTo(question);
            answers.put(question.field(), answer == null ? null : answer.name());
        }
        return answers;
    }

    /** The questions left unanswered, by their field names, so an API error can name them. */
    public List<String> unanswered() {
        return Arrays.stream(ChecklistQuestion.values()).filter(q -> answerTo(q) == null)
                .map(ChecklistQuestion::field).toList();
    }

    /**
     * Why the answers forbid closing the hit as a false positive, if they do. OFAC: several similarities or exact
     * matches call for escalation (step 5); identifiers that agree with no type mismatch and more than one name
     * matching leave nothing that makes the hit false; too little data means more must be obtained first (step 4).
     */
    public Optional<String> forbidsFalsePositive() {
        if (severalSimilarities == Answer.YES) {
            return Optional.of("step 5 found several similarities or exact matches: the hit must be escalated");
        }
        boolean namesAndTypeFit = typeMismatch == Answer.NO && onlyOneNameMatches == Answer.NO;
        if (identifiers == IdentifierComparison.AGREE && namesAndTypeFit) {
            return Optional.of("identifiers agree, the type fits and more than one name matches: nothing shows the"
                    + " hit to be false, so it must be escalated");
        }
        if (identifiers == IdentifierComparison.INSUFFICIENT_DATA && namesAndTypeFit) {
            return Optional.of("step 4 found too little data to compare: obtain more information about the party"
                    + " before closing the hit");
        }
        return Optional.empty();
    }

    public Answer onOfacList() {
        return onOfacList;
    }

    public Answer typeMismatch() {
        return typeMismatch;
    }

    public Answer onlyOneNameMatches() {
        return onlyOneNameMatches;
    }

    public IdentifierComparison identifiers() {
        return identifiers;
    }

    public Answer severalSimilarities() {
        return severalSimilarities;
    }

    @Override
    public String toString() {
        return answersByField().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
