package io.interdict.workflow.infrastructure.camunda;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The contract of the report process's model file ({@code bpmn/ofac-report.bpmn}): the names it shares with the Java
 * code that starts, drives and serves it. A renamed task or variable breaks the tests rather than a report.
 */
public final class ReportProcess {

    /** Process definition key of a report's way from draft to filing. */
    public static final String PROCESS_KEY = "ofacReport";

    public static final String BPMN_RESOURCE = "bpmn/ofac-report.bpmn";

    private ReportProcess() {
    }

    /** The report an execution is about ({@link Variables#REPORT_ID}). */
    public static UUID reportIdOf(VariableScope execution) {
        return UUID.fromString((String) execution.getVariable(Variables.REPORT_ID));
    }

    /** User tasks, completed by the casework application as the report moves on. */
    public static final class Tasks {
        public static final String DRAFT = "draftReport";
        public static final String SIGN_OFF = "signOffReport";
        public static final String RECORD_FILING = "recordFiling";

        private Tasks() {
        }
    }

    /** Other nodes the tests and the timers refer to. */
    public static final class Nodes {
        public static final String PREPARATION = "reportPreparation";
        public static final String DUE_SOON = "dueSoon";
        public static final String DUE_PASSED = "duePassed";
        public static final String MANAGERS_REMINDED = "managersReminded";
        public static final String OVERDUE_MARKED = "overdueMarked";
        public static final String REPORT_DONE = "reportDone";

        private Nodes() {
        }
    }

    /** The process's variables: what it is started with, and nothing more. */
    public static final class Variables {
        public static final String REPORT_ID = "reportId";
        public static final String CASE_ID = "caseId";
        /** Date: the reminder timer. */
        public static final String REMINDER_AT = "reminderAt";
        /** Date: the overdue timer. */
        public static final String OVERDUE_AT = "overdueAt";

        private Variables() {
        }
    }

    /** CDI names of the delegates, as the model's delegate expressions call them. */
    public static final class Beans {
        /** {@code JavaDelegate}: the report is due in two business days and not filed; tells the managers. */
        public static final String REPORT_DUE_SOON = "reportDueSoon";
        /** {@code JavaDelegate}: the due date passed unfiled; marks the report overdue, tells the managers. */
        public static final String REPORT_OVERDUE = "reportOverdue";

        private Beans() {
        }
    }
}
