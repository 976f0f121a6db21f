package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.audit.AuditChain;
import io.interdict.casework.domain.model.audit.AuditEvent;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.audit.ChainHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The audit trail in the application database. Appending locks the single chain-head row, so concurrent
 * transactions append one after another and the chain never forks; the lock is held until the caller's
 * transaction commits, which also keeps the trail in commit order.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    private static final int VERIFY_BATCH = 1000;

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    private final Clock clock = Clock.systemUTC();

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent append(AuditRecord record) {
        ChainHead head = lockHead();
        AuditEvent event = AuditEvent.following(head, clock.instant(), record);
        em.persist(event);
        em.createNativeQuery("UPDATE audit_chain_head SET last_sequence = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, event.sequence()).setParameter(2, event.hash()).executeUpdate();
        return event;
    }

    private ChainHead lockHead() {
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").getSingleResult();
        return new ChainHead(((Number) row[0]).longValue(), (String) row[1]);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> about(String subjectType, String subjectId) {
        return em.createQuery("select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id"
                        + " order by e.sequence", AuditEvent.class)
                .setParameter("type", subjectType).setParameter("id", subjectId).getResultList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditChain.Verification verify() {
        Object[] row = (Object[]) em.createNativeQuery(
                "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1").getSingleResult();
        ChainHead head = new ChainHead(((Number) row[0]).longValue(), (String) row[1]);
        return AuditChain.verify(new BatchedEvents(), head);
    }

    /** Reads the trail in batches by sequence, so verifying millions of events never holds them all in memory. */
    private final class BatchedEvents implements Iterator<AuditEvent> {
        private Iterator<AuditEvent> batch = List.<AuditEvent>of().iterator();
        private long after = 0;
        private boolean exhausted;

        @Override
        public boolean hasNext() {
            if (!batch.hasNext() && !exhausted) {
                em.clear();
                List<AuditEvent> next = em.createQuery(
                                "select e from AuditEvent e where e.sequence > :after order by e.sequence", AuditEvent.class)
                        .setParameter("after", after).setMaxResults(VERIFY_BATCH).getResultList();
                exhausted = next.size() < VERIFY_BATCH;
                if (!next.isEmpty()) {
                    after = next.get(next.size() - 1).sequence();
                }
                batch = next.iterator();
            }
            return batch.hasNext();
        }

        @Override
        public AuditEvent next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return batch.next();
        }
    }
}
