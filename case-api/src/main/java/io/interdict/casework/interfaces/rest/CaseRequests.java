package io.interdict.casework.interfaces.rest;

import io.interdict.casework.domain.model.cases.ChecklistQuestion;
import io.interdict.casework.domain.model.cases.ValidMatchChecklist;
import java.util.EnumMap;
import java.util.Map;

/** The JSON bodies of the case endpoints. Plain fields, checked here as they are read. */
public final class CaseRequests {

    private CaseRequests() {
    }

    /** A decision on a case, with the reasons for it: what triage and the escalation decision have in common. */
    public static class Ruling {
        public String decision;
        public String rationale;

        /** The decision as one of {@code outcomes}, and the rationale; each field's error collected. */
        <E extends Enum<E>> Ruled<E> read(RequestFields fields, Class<E> outcomes) {
            return new Ruled<>(fields.requiredEnum("decision", decision, outcomes),
                    fields.required("rationale", rationale, 4000));
        }
    }

    /** A ruling read: the outcome and its rationale. */
    record Ruled<E>(E outcome, String rationale) {
    }

    /** {@code POST /api/cases/{id}/triage}: {@code FALSE_POSITIVE} or {@code ESCALATE}, with the checklist. */
    public static class Triage extends Ruling {
        /** OFAC's five valid-match questions (FAQ 5) by {@link ChecklistQuestion#field()}, with their answers. */
        public Map<String, String> checklist;

        ValidMatchChecklist checklist(RequestFields fields) {
            if (checklist == null) {
                fields.error("checklist", "is required: " + String.join(", ", ChecklistQuestion.fields()));
                return null;
            }
            checklist.keySet().stream().filter(field -> ChecklistQuestion.byField(field).isEmpty())
                    .forEach(field -> fields.error("checklist." + field, "is not a question of the checklist; the"
                            + " questions are " + String.join(", ", ChecklistQuestion.fields())));
            Map<ChecklistQuestion, Enum<?>> answers = new EnumMap<>(ChecklistQuestion.class);
            for (ChecklistQuestion question : ChecklistQuestion.values()) {
                fields.requiredAnswer("checklist." + question.field(), checklist.get(question.field()), question)
                        .ifPresent(answer -> answers.put(question, answer));
            }
            return ValidMatchChecklist.of(answers);
        }
    }

    /** {@code POST /api/cases/{id}/escalation}: {@code BLOCK}, {@code REJECT} or {@code RETURN}. */
    public static class Escalation extends Ruling {
    }

    /** {@code POST /api/cases/{id}/reassignment}: to {@code analyst}, or to the queue when it is left out. */
    public static class Reassignment {
        public String analyst;
        public String reason;
    }

    /** {@code POST /api/cases/{id}/comments}. */
    public static class NewComment {
        public String text;
    }
}
