package io.interdict.casework.domain.model.cases;

import java.util.Optional;
import java.util.UUID;

/** Where screening cases are kept. */
public interface ScreeningCaseRepository {

    void store(ScreeningCase screeningCase);

    Optional<ScreeningCase> find(UUID id);

    /** One page of the cases the query selects, in its order, without counting them all. */
    CasePage search(CaseQuery query);
}
