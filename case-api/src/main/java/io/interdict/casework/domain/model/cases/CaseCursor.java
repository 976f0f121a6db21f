package io.interdict.casework.domain.model.cases;

import java.time.Instant;
import java.util.Objects;

/**
 * A case's place in the order cases were opened ({@code created_at}, then id to break ties): where the next page of
 * a long read begins. Paging by the last place read rather than by page number lets each page be found through the
 * index in the same time, however deep into the table it is, and a case opened meanwhile cannot shift the pages.
 */
public record CaseCursor(Instant openedAt, CaseId caseId) {

    public CaseCursor {
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(caseId, "caseId");
    }

    public static CaseCursor of(ScreeningCase screeningCase) {
        return new CaseCursor(screeningCase.createdAt(), screeningCase.id());
    }
}
