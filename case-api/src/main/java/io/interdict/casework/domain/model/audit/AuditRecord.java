package io.interdict.casework.domain.model.audit;

import java.util.Objects;

/**
 * What happened, before it takes its place in the chain.
 *
 * @param actor       the user (or {@code system:<component>}) who caused it
 * @param action      what was done, e.g. {@code CASE_TRIAGED}
 * @param subjectType what it was done to, e.g. {@code ScreeningCase}
 * @param subjectId   the subject's id
 * @param detail      a sentence for the reader of the trail
 * @param before      the subject's state before, summarised; null when it did not exist
 * @param after       the subject's state after, summarised
 */
public record AuditRecord(String actor, String action, String subjectType, String subjectId, String detail,
                          String before, String after) {

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        detail = clip(detail);
        before = clip(before);
        after = clip(after);
    }

    public static AuditRecord of(String actor, String action, String subjectType, String subjectId, String detail) {
        return new AuditRecord(actor, action, subjectType, subjectId, detail, null, null);
    }

    public AuditRecord withStates(String before, String after) {
        return new AuditRecord(actor, action, subjectType, subjectId, detail, before, after);
    }

    /** Columns hold 4,000 characters; a longer summary is cut, visibly, rather than refused. */
    private static String clip(String text) {
        if (text == null || text.length() <= 4000) {
            return text;
        }
        return text.substring(0, 3990) + " [cut]";
    }
}
