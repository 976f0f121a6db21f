package io.interdict.casework.domain.model.cases;

import java.util.List;

/**
 * One page of a case list. {@code hasMore} says whether a next page exists; there is deliberately no total, which
 * would cost a count over up to millions of rows on every page.
 */
public record CasePage(List<CaseSummary> cases, int page, int size, boolean hasMore) {

    public CasePage {
        cases = List.copyOf(cases);
    }
}
