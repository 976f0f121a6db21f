package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.audit.AuditSubject;
import io.interdict.casework.domain.model.audit.AuditChain;
import io.interdict.casework.domain.model.audit.AuditEvent;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.audit.ChainHead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The audit trail in the application database. A change records its event in its own transaction, without any lock:
 * thousands of requests a second record side by side. Sealing is done by one writer ({@link AuditChainer}): it locks
 * the single chain-head row, seals the recorded events in the order they were recorded, and advances the head, so
 * the chain never forks even with several servers. An event whose transaction commits late is simply sealed in a
 * later round, after events recorded after it: the chain is in sealing order.
 */
@ApplicationScoped
public class JpaAuditTrail implements AuditTrail {

    private static final int VERIFY_BATCH = 1000;

    private static final String HEAD = "SELECT last_sequence, last_hash FROM audit_chain_head WHERE id = 1";

    @PersistenceContext(unitName = "interdict")
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent append(AuditRecord record) {
        AuditEvent event = AuditEvent.recorded(clock.instant(), record);
        em.persist(event);
        return event;
    }

    /**
     * Seals up to {@code limit} recorded events, oldest first, in a transaction of its own; answers how many. The
     * chain-head row lock makes sealers take turns, should more than one run.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sealRecorded(int limit) {
        ChainHead head = head(true);
        List<AuditEvent> recorded = em.createQuery("select e from AuditEvent e where e.hash is null order by e.id",
                AuditEvent.class).setMaxResults(limit).getResultList();
        if (recorded.isEmpty()) {
            return 0;
        }
        for (AuditEvent event : recorded) {
            event.sealAfter(head);
            head = event.asHead();
        }
        em.flush();
        em.createNativeQuery("UPDATE audit_chain_head SET last_sequence = ?1, last_hash = ?2 WHERE id = 1")
                .setParameter(1, head.sequence()).setParameter(2, head.hash()).executeUpdate();
        return recorded.size();
    }

    private ChainHead head(boolean locked) {
        Object[] row = (Object[]) em.createNativeQuery(locked ? HEAD + " FOR UPDATE" : HEAD).getSingleResult();
        return new ChainHead(((Number) row[0]).longValue(), (String) row[1]);
    }

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEvent> about(AuditSubject subject, String subjectId) {
        return em.createQuery("select e from AuditEvent e where e.subjectType = :type and e.subjectId = :id"
                        + " order by e.id", AuditEvent.class)
                .setParameter("type", subject.typeName()).setParameter("id", subjectId).getResultList();
    }

    /**
     * Checks the chain up to the head as it is when the check starts: events the chainer seals meanwhile are beyond
     * it and wait for the next check.
     */
    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditChain.Verification verify() {
        ChainHead head = head(false);
        Object[] backlog = (Object[]) em.createQuery(
                "select count(e), min(e.occurredAt) from AuditEvent e where e.hash is null").getSingleResult();
        return AuditChain.verify(new BatchedEvents(head.sequence()), head)
                .awaiting(((Number) backlog[0]).longValue(), Optional.ofNullable((Instant) backlog[1]));
    }

    /** Reads the trail in batches by sequence, so verifying millions of events never holds them all in memory. */
    private final class BatchedEvents implements Iterator<AuditEvent> {
        private Iterator<AuditEvent> batch = List.<AuditEvent>of().iterator();
        private final long upTo;
        private long after = 0;
        private boolean exhausted;

        BatchedEvents(long upTo) {
            this.upTo = upTo;
        }

        @Override
        public boolean hasNext() {
            if (!batch.hasNext() && !exhausted) {
                em.clear();
                List<AuditEvent> next = em.createQuery(
                                "select e from AuditEvent e where e.sequence > :after and e.sequence <= :upTo"
                                        + " order by e.sequence", AuditEvent.class)
                        .setParameter("after", after).setParameter("upTo", upTo).setMaxResults(VERIFY_BATCH).getResultList();
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
