package io.interdict.workflow.infrastructure.camunda;

import io.interdict.casework.domain.model.cases.CaseId;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The contract of the case process's model files: the names the casework process ({@code bpmn/screening-case.bpmn}) and its decision table
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

    /** The casework id of the case an execution routes ({@link Variables#CASE_ID}). */
    public static CaseId caseIdOf(VariableScope execution) {
        return CaseId.of((String) execution.getVariable(Variables.CASE_ID));
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

    /**
     * The prioritisation table's inputs and outputs. Casework evaluates the table before a case exists
     * ({@code DmnTriagePrioritisation}); the process never sees them.
     */
    public static final class PriorityTable {
        /** Input: the highest alert score of the case, 0..1. */
        public static final String SCORE = "score";
        /** Input: list of the best hit ({@code us-ofac-sdn}, {@code us-ofac-cons}, {@code un-sc}, ...). */
        public static final String LIST_SOURCE = "listSource";
        /** Input: the programmes of the listed entry, comma-separated ({@code DPRK3, NKSPEA}). */
        public static final String PROGRAMMES = "programmes";
        /** Input: {@code individual}, {@code entity}, {@code vessel}, {@code aircraft}, or empty. */
        public static final String ENTITY_TYPE = "entityType";

        /** Output: {@code CRITICAL}, {@code HIGH}, {@code MEDIUM} or {@code LOW}. */
        public static final String PRIORITY = "priority";
        /** Output: the analyst queue. */
        public static final String QUEUE = "queue";
        /** Output: hours until triage is due. */
        public static final String SLA_HOURS = "slaHours";

        private PriorityTable() {
        }
    }

    /** Process variables. Set by the caller where noted, otherwise by the process itself. */
    public static final class Variables {
        /** Set at start: the casework id of the case (UUID as text). */
        public static final String CASE_ID = "caseId";
        /**
         * Set at start: when triage is due, as a {@link java.util.Date} (or ISO-8601 date-time text). The triage SLA
         * timer and the task's due date read it; the case's own SLA instant is the source, so process and case never
         * disagree about the deadline.
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
     * CDI bean names the process calls by delegate expression. Each delegate is an adapter: it calls the casework
     * use case that does the step ({@code CaseWork}); the process only fixes what they are called and given.
     */
    public static final class Beans {
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
