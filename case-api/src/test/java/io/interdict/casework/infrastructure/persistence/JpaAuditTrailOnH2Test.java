package io.interdict.casework.infrastructure.persistence;

import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.interdict.casework.domain.model.audit.AuditChain;
import io.interdict.casework.domain.model.audit.AuditEvent;
import io.interdict.casework.domain.model.audit.AuditRecord;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.hibernate.cfg.Configuration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trail on the migrated H2 schema, outside the server: changes record their events without taking any lock, and
 * the single writer seals them into one unbroken chain, including an event whose transaction commits after later
 * ones were already sealed.
 */
class JpaAuditTrailOnH2Test {

    private static final String URL = "jdbc:h2:mem:audit-trail;DB_CLOSE_DELAY=-1";

    private static EntityManagerFactory factory;

    @BeforeAll
    static void migrate() {
        var dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL(URL);
        dataSource.setUser("sa");
        Flyway.configure().dataSource(dataSource).locations(MigrationLocations.forDatabase(dataSource)).load().migrate();
        factory = new Configuration()
                .setProperty("hibernate.connection.url", URL)
                .setProperty("hibernate.connection.username", "sa")
                .setProperty("hibernate.connection.password", "")
                .setProperty("hibernate.jdbc.time_zone", "UTC")
                .addAnnotatedClass(AuditEvent.class)
                .buildSessionFactory();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static <T> T inTransaction(Function<JpaAuditTrail, T> work) {
        EntityManager em = factory.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(trailOn(em));
            em.getTransaction().commit();
            return result;
        } finally {
            em.close();
        }
    }

    /** One round of the chainer: seals at most {@code limit} events. */
    private static int seal(int limit) {
        return inTransaction(trail -> trail.sealRecorded(limit));
    }

    private static JpaAuditTrail trailOn(EntityManager em) {
        JpaAuditTrail trail = new JpaAuditTrail();
        trail.em = em;
        trail.clock = java.time.Clock.systemUTC();
        return trail;
    }

    private static AuditRecord claimed(String caseId, String actor) {
        return AuditRecord.of(actor, AuditAction.CASE_CLAIMED, caseId, "claimed")
                .withStates("assignee=none", "assignee=" + actor);
    }

    @Test
    void recordedEventsAreSealedIntoOneChainAndALateCommitJoinsItInTheNextRound() {
        long sealedBefore = inTransaction(JpaAuditTrail::verify).eventsVerified();
        // a change whose transaction is still open when later changes commit
        EntityManager slow = factory.createEntityManager();
        slow.getTransaction().begin();
        AuditEvent late = trailOn(slow).append(claimed("case-late", "analyst"));

        inTransaction(trail -> trail.append(claimed("case-1", "analyst")));
        inTransaction(trail -> trail.append(claimed("case-2", "analyst2")));
        assertThat(inTransaction(JpaAuditTrail::verify).awaitingSeal()).isEqualTo(2);

        int firstRound = seal(100);
        slow.getTransaction().commit();
        slow.close();
        AuditChain.Verification between = inTransaction(JpaAuditTrail::verify);
        int secondRound = seal(100);

        assertThat(firstRound).as("the open transaction's event is not visible yet").isEqualTo(2);
        assertThat(between.intact()).isTrue();
        assertThat(between.awaitingSeal()).isEqualTo(1);
        assertThat(secondRound).isEqualTo(1);
        List<AuditEvent> lateEvents = inTransaction(trail -> trail.about(AuditSubject.SCREENING_CASE, "case-late"));
        assertThat(lateEvents).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo(late.id());
            assertThat(event.sealed()).isTrue();
            assertThat(event.sequence()).as("sealed after the events that committed before it").isEqualTo(sealedBefore + 3);
        });
        AuditChain.Verification after = inTransaction(JpaAuditTrail::verify);
        assertThat(after.intact()).isTrue();
        assertThat(after.eventsVerified()).isEqualTo(sealedBefore + 3);
        assertThat(after.awaitingSeal()).isZero();
    }

    @Test
    void sealingTakesAtMostABatchAndTheRestInTheNextRounds() {
        int before = (int) inTransaction(JpaAuditTrail::verify).eventsVerified();
        inTransaction(trail -> {
            for (int i = 0; i < 5; i++) {
                trail.append(claimed("case-batch-" + i, "analyst"));
            }
            return null;
        });

        assertThat(seal(2)).isEqualTo(2);
        assertThat(seal(2)).isEqualTo(2);
        assertThat(seal(2)).isEqualTo(1);
        assertThat(seal(2)).isZero();
        AuditChain.Verification verification = inTransaction(JpaAuditTrail::verify);
        assertThat(verification.intact()).isTrue();
        assertThat(verification.eventsVerified()).isEqualTo(before + 5);
    }
}
