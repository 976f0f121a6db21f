package io.interdict.casework.domain.model.cases;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Where screening cases are kept. */
public interface ScreeningCaseRepository {

    void store(ScreeningCase screeningCase);

    Optional<ScreeningCase> find(CaseId id);

    /** One page of the cases the query selects, in its order, without counting them all. */
    CasePage search(CaseQuery query);

    /**
     * The unclaimed cases still in triage, most urgent first (priority, then oldest): what "next case" pulls from.
     *
     * @param queue only this queue's cases; every queue when empty
     */
    List<CaseId> mostUrgentUnclaimed(Optional<Queue> queue, int limit);

    /** The dashboard's figures as of {@code now}, hits counted from {@code hitsSince}. */
    CaseFigures figures(Instant now, Instant hitsSince);

    /** How many cases the selection takes (a bulk export says so before it starts). */
    long count(CaseSelection selection);

    /**
     * Up to {@code size} of the selected cases in the order they were opened, beginning after {@code after} (from
     * the first when empty): one page of a read through more cases than memory should hold at once.
     */
    List<ScreeningCase> selected(CaseSelection selection, Optional<CaseCursor> after, int size);

    /**
     * The cases still waiting for a decision with an alert on one of these entries of the list: what a list
     * version that removed them leaves to be noted.
     */
    List<CaseId> openWithAlertOn(String listKey, Collection<String> entryIds);
}
