package io.interdict.casework.domain.model.reporting;

import io.interdict.casework.domain.model.cases.CaseId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reports owed to OFAC. */
public interface OfacReports {

    void add(OfacReport report);

    Optional<OfacReport> find(UUID id);

    /** A case's reports, oldest first. */
    List<OfacReport> ofCase(CaseId caseId);

    /** The annual report of blocked property as of the day, if one was compiled. */
    Optional<OfacReport> annualAsOf(LocalDate asOf);

    /** Reports by type, status and whether they are overdue on {@code today}, soonest due first; one page. */
    List<OfacReport> search(ReportQuery query);

    /**
     * What a list of reports asks for; every filter is optional.
     *
     * @param today the day "overdue" is judged on (the institution's date)
     */
    record ReportQuery(Optional<CaseId> caseId, Optional<ReportType> type, Optional<ReportStatus> status,
                       Optional<Boolean> overdue, LocalDate today, int page, int size) {
    }
}
