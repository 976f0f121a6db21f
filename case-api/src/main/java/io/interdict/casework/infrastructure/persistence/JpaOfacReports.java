package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.OfacReports;
import io.interdict.casework.domain.model.reporting.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The reports owed to OFAC, in the casework database. */
@ApplicationScoped
public class JpaOfacReports implements OfacReports {

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Override
    public void add(OfacReport report) {
        em.persist(report);
    }

    @Override
    public Optional<OfacReport> find(UUID id) {
        return Optional.ofNullable(em.find(OfacReport.class, id));
    }

    @Override
    public List<OfacReport> ofCase(CaseId caseId) {
        return em.createQuery("select r from OfacReport r where r.caseId = :case order by r.openedAt, r.id",
                OfacReport.class).setParameter("case", caseId.value()).getResultList();
    }

    @Override
    public Optional<OfacReport> annualAsOf(LocalDate asOf) {
        return em.createQuery("select r from OfacReport r where r.annualAsOf = :day", OfacReport.class)
                .setParameter("day", asOf).getResultStream().findFirst();
    }

    @Override
    public List<OfacReport> search(ReportQuery query) {
        JpqlFilter filter = new JpqlFilter("select r from OfacReport r where 1 = 1");
        query.caseId().ifPresent(c -> filter.and("r.caseId = :case", "case", c.value()));
        query.type().ifPresent(t -> filter.and("r.type = :type", "type", t));
        query.status().ifPresent(s -> filter.and("r.status = :status", "status", s));
        query.overdue().ifPresent(overdue -> filter.and(overdue ? "r.status <> :filed and r.dueDate < :today"
                : "(r.status = :filed or r.dueDate >= :today)", "today", query.today()).with("filed", ReportStatus.FILED));
        return filter.page(em, OfacReport.class, "r.dueDate, r.openedAt, r.id", query.page(), query.size(), 0);
    }
}
