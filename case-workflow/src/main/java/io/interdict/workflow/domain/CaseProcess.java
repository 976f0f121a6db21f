package io.interdict.workflow.domain;

/**
 * The names the casework process ({@code bpmn/screening-case.bpmn}) and its decision table
 * ({@code dmn/case-priority.dmn}) share with the Java code that starts, drives and serves them. The model files are
 * the design; these constants are their contract, so a renamed variable breaks the tests rather than a case in
 * production.
 */
public final class CaseProcess {

    /** Process definition key of the case workflow. */
    public static final String PROCESS_KEY = "screeningCase";

    /** Decision that sets a new case's priority, queue and triage SLA. */
    public static final String PRIORITY_DECISION = "casePriority";

    /** BPMN resources, as deployed from the class path. */
    public static final String BPMN_RESOURCE = "bpmn/screening-case.bpmn";
    public static final String DMN_RESOURCE = "dmn/case-priority.dmn";

    private CaseProcess() {
    }

    /** Task definition keys of the user tasks: the task lists and the REST API find open work by these. */
    public static final class Tasks {
        /** Analyst works OFAC's valid-match checklist (FAQ 5); candidate group {@code analyst}. */
        public static final String TRIAGE = "triage";
        /** A second person decides the escalation; candidate group {@code manager}. */
        public static final String ESCALATION = "escalation";

        private Tasks() {
        }
    }

    /** Process variables. Set by the caller where noted, otherwise by the process itself. */
    public static final class Variables {
        /** Set at start: the casework id of the case (UUID as text). */
        public static final String CASE_ID = "caseId";
        /** Set at start, transient (read by the decision table only): the highest alert score of the case, 0..1. */
        public static final String SCORE = "score";
        /** Set at start, transient: list of the best hit ({@code us-ofac-sdn}, {@code us-ofac-cons}, {@code un-sc}, ...). */
        public static final String LIST_SOURCE = "listSource";
        /** Set at start, transient: the programmes of the listed entry, comma-separated ({@code DPRK3, NKSPEA}). */
        public static final String PROGRAMMES = "programmes";
        /** Set at start, transient: {@code individual}, {@code entity}, {@code vessel}, {@code aircraft}, or empty. */
        public static final String ENTITY_TYPE = "entityType";

        /** From the decision table: {@code CRITICAL}, {@code HIGH}, {@code MEDIUM} or {@code LOW}. */
        public static final String PRIORITY = "priority";
        /** From the decision table: the analyst queue. */
        public static final String QUEUE = "queue";
        /** From the decision table: hours until triage is due. */
        public static final String SLA_HOURS = "slaHours";
        /**
         * Set by the {@link Beans#CASE_PRIORITISED} delegate: when triage is due, as a {@link java.util.Date} (or
         * ISO-8601 date-time text). The triage SLA timer and the task's due date read it; the case's own SLA instant
         * is the source, so process and case never disagree about the deadline.
         */
        public static final String TRIAGE_DUE = "triageDue";

        /** Set when completing triage: {@code FALSE_POSITIVE} or {@code ESCALATE}. */
        public static final String TRIAGE_OUTCOME = "triageOutcome";
        /** Set when completing triage with {@code ESCALATE}: the analyst's user id, for the four-eyes check. */
        public static final String ESCALATED_BY = "escalatedBy";
        /** Set when completing the escalation: {@code BLOCK}, {@code REJECT} or {@code RETURN}. */
        public static final String ESCALATION_OUTCOME = "escalationOutcome";

        private Variables() {
        }
    }

    /**
     * CDI bean names the process calls by delegate expression. The delegates that change cases need JPA and live
     * with the casework application; the process only fixes what they are called and what they are given.
     */
    public static final class Beans {
        /**
         * {@code JavaDelegate}: stores {@code priority}, {@code queue} and {@code slaHours} on case {@code caseId},
         * sets {@link Variables#TRIAGE_DUE} and removes the three decision outputs, whose home is the case.
         */
        public static final String CASE_PRIORITISED = "casePrioritised";
        /**
         * {@code JavaDelegate}: triage is past its SLA - raises the case's priority one level and notifies the
         * managers. May run again after an escalation is returned (the deadline has then often passed); the case
         * marks itself overdue only once, so the delegate notifies only when that mark was new.
         */
        public static final String TRIAGE_OVERDUE = "triageOverdue";
        /**
         * {@code JavaDelegate}: the decision phase ended in {@code BLOCK} or {@code REJECT}
         * ({@link Variables#ESCALATION_OUTCOME}); starts blocking and OFAC reporting (31 CFR 501.603 / 501.604).
         */
        public static final String REPORTING_HANDOVER = "reportingHandover";
        /** {@code TaskListener} on completion of the escalation task: {@code FourEyesTaskListener}. */
        public static final String FOUR_EYES = "fourEyes";

        private Beans() {
        }
    }

    /** Ids of the flow nodes that tests and operators (Cockpit, incident reports) refer to. */
    public static final class Nodes {
        public static final String CASE_OPENED = "caseOpened";
        public static final String PRIORITISE_CASE = "prioritiseCase";
        public static final String STORE_PRIORITY = "storePriority";
        public static final String TRIAGE_SLA_BREACHED = "triageSlaBreached";
        public static final String RAISE_PRIORITY = "raisePriority";
        public static final String OVERDUE_HANDLED = "overdueHandled";
        public static final String TRIAGE_OUTCOME = "triageOutcomeGateway";
        public static final String CLOSED_FALSE_POSITIVE = "closedFalsePositive";
        public static final String ESCALATION_DECISION = "escalationDecisionGateway";
        public static final String HAND_OVER_BLOCKING = "handOverBlocking";
        public static final String HAND_OVER_REJECTION = "handOverRejection";
        public static final String BLOCKING_APPROVED = "blockingApproved";
        public static final String REJECTION_APPROVED = "rejectionApproved";

        private Nodes() {
        }
    }
}
