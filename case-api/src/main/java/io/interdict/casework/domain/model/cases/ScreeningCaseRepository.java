package io.interdict.casework.domain.model.cases;

import java.util.Optional;

/** Where screening cases are kept. */
public interface ScreeningCaseRepository {

    void store(ScreeningCase screeningCase);

    Optional<ScreeningCase> find(CaseId id);

    /** One page of the cases the query selects, in its order, without counting them all. */
    CasePage search(CaseQuery query);
}
