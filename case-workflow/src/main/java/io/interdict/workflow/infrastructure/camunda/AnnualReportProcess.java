package io.interdict.workflow.infrastructure.camunda;

/**
 * The contract of the annual report's model file ({@code bpmn/annual-blocked-property-report.bpmn}): the names it
 * shares with the Java code that serves it.
 */
public final class AnnualReportProcess {

    /** Process definition key of the yearly compilation of the annual report of blocked property. */
    public static final String PROCESS_KEY = "annualBlockedPropertyReport";

    public static final String BPMN_RESOURCE = "bpmn/annual-blocked-property-report.bpmn";

    private AnnualReportProcess() {
    }

    /** Nodes the tests refer to. */
    public static final class Nodes {
        public static final String JULY_1 = "july1";
        public static final String COMPILE = "compileAnnualReport";
        public static final String REPORT_OPENED = "annualReportOpened";
        public static final String NO_REPORT = "noAnnualReport";

        private Nodes() {
        }
    }

    /** The variable the compilation sets. */
    public static final class Variables {
        /** Boolean: a report was compiled (false: nothing held on June 30, or compiled before). */
        public static final String REPORT_OWED = "reportOwed";

        private Variables() {
        }
    }

    /** CDI names of the delegates, as the model's delegate expressions call them. */
    public static final class Beans {
        /** {@code JavaDelegate}: compiles the report as of the last June 30, when one is owed and not compiled. */
        public static final String COMPILE_ANNUAL_REPORT = "compileAnnualReport";

        private Beans() {
        }
    }
}
