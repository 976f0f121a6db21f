package io.interdict.casework.interfaces.rest;

/** The JSON bodies of the case endpoints. Plain fields, checked by {@link CaseResource}. */
public final class CaseRequests {

    private CaseRequests() {
    }

    /** {@code POST /api/cases/{id}/triage}. */
    public static class Triage {
        /** {@code FALSE_POSITIVE} or {@code ESCALATE}. */
        public String decision;
        public String rationale;
        public Checklist checklist;
    }

    /** OFAC's five valid-match questions (FAQ 5). */
    public static class Checklist {
        /** Step 1: is the hit against an OFAC list? {@code YES}/{@code NO}. */
        public String onOfacList;
        /** Step 2: individual against organisation or vessel, or the reverse? {@code YES}/{@code NO}. */
        public String typeMismatch;
        /** Step 3: does only one of two or more names match? {@code YES}/{@code NO}. */
        public String onlyOneNameMatches;
        /** Step 4: {@code AGREE}, {@code CONFLICT} or {@code INSUFFICIENT_DATA}. */
        public String identifiers;
        /** Step 5: several similarities or exact matches? {@code YES}/{@code NO}. */
        public String severalSimilarities;
    }

    /** {@code POST /api/cases/{id}/escalation}. */
    public static class Escalation {
        /** {@code BLOCK}, {@code REJECT} or {@code RETURN}. */
        public String decision;
        public String rationale;
    }

    /** {@code POST /api/cases/{id}/comments}. */
    public static class NewComment {
        public String text;
    }
}
