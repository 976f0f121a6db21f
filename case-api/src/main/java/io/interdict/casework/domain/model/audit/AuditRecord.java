package io.interdict.casework.domain.model.audit;

import java.util.Objects;

/**
 * What happened, before it takes its place in the chain.
 *
 * @param actor       the user (or {@code system:<component>}) who caused it
 * @param action      what was done; it also says what kind of subject it was done to
 * @param subjectId   the subject's id
 * @param detail      a sentence for the reader of the trail
 * @param before      the subject's state before, summarised; null when it did not exist
 * @param after       the subject's state after, summarised
 */
public record AuditRecord(String actor, AuditAction action, String subjectId, String detail, String before,
                          String after) {

    public AuditRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectId, "subjectId");
        detail = clip(detail);
        before = clip(before);
        after = clip(after);
    }

    /** @param subjectId the subject's id (a case, screening or batch id), recorded as its text */
    public static AuditRecord of(String actor, AuditAction action, Object subjectId, String detail) {
        return new AuditRecord(actor, action, subjectId.toString(), detail, null, null);
    }

    public AuditRecord withStates(String before, String after) {
        return new AuditRecord(actor, action, subjectId, detail, before, after);
    }

    /** The kind of subject, as the trail names it. */
    public String subjectType() {
        return action.subject().typeName();
    }

    /** Columns hold 4,000 characters; a longer summary is cut, visibly, rather than refused. */
    private static String clip(String text) {
        if (text == null || text.length() <= 4000) {
            return text;
        }
        return text.substring(0, 3990) + " [cut]";
    }
}
