package io.interdict.casework.application;

import java.time.Duration;
import java.util.Map;

/**
 * The figures operations watch on a dashboard, counted by the database: a port, so that a metrics endpoint never
 * holds a query of its own.
 */
public interface OperationalFigures {

    /** The figures as they are now. */
    Snapshot now();

    /**
     * @param openByQueue       open cases (in triage or escalated) per queue
     * @param triageBreaches    cases still in triage after their triage SLA
     * @param reportsDue        reports to OFAC not filed yet and not yet late
     * @param reportsOverdue    reports to OFAC not filed by their legal deadline
     * @param awaitingSeal      audit events recorded but not yet sealed into the chain
     * @param sealLag           how long the oldest of those has waited; zero when none waits
     */
    record Snapshot(Map<String, Long> openByQueue, long triageBreaches, long reportsDue, long reportsOverdue,
                    long awaitingSeal, Duration sealLag) {

        public Snapshot {
            openByQueue = Map.copyOf(openByQueue);
        }
    }
}
