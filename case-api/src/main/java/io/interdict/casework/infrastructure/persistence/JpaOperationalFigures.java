package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.application.InstitutionProfile;
import io.interdict.casework.application.OperationalFigures;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.reporting.ReportStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The operational figures in four grouped queries, each answered from an index (the case queue, the report status,
 * the unsealed audit events): cheap enough to run every few seconds on a table of millions.
 */
@ApplicationScoped
public class JpaOperationalFigures implements OperationalFigures {

    private static final List<CaseStatus> OPEN = List.of(CaseStatus.IN_TRIAGE, CaseStatus.ESCALATED);

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Inject
    InstitutionProfile institution;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public Snapshot now() {
        Instant now = clock.instant();
        Map<String, Long> open = em.createQuery("select c.queue, count(c) from ScreeningCase c"
                        + " where c.status in :open group by c.queue", Object[].class)
                .setParameter("open", OPEN).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
        long breaches = em.createQuery("select count(c) from ScreeningCase c where c.status = :inTriage"
                        + " and c.slaDueAt < :now", Long.class)
                .setParameter("inTriage", CaseStatus.IN_TRIAGE).setParameter("now", now).getSingleResult();
        LocalDate today = institution.today(clock);
        Object[] reports = (Object[]) em.createQuery("select"
                        + " coalesce(sum(case when r.dueDate >= :today then 1 else 0 end), 0),"
                        + " coalesce(sum(case when r.dueDate < :today then 1 else 0 end), 0)"
                        + " from OfacReport r where r.status <> :filed")
                .setParameter("today", today).setParameter("filed", ReportStatus.FILED).getSingleResult();
        Object[] unsealed = (Object[]) em.createQuery(
                "select count(e), min(e.occurredAt) from AuditEvent e where e.hash is null").getSingleResult();
        Instant oldest = (Instant) unsealed[1];
        return new Snapshot(open, breaches, ((Number) reports[0]).longValue(), ((Number) reports[1]).longValue(),
                ((Number) unsealed[0]).longValue(), oldest == null ? Duration.ZERO : Duration.between(oldest, now));
    }
}
