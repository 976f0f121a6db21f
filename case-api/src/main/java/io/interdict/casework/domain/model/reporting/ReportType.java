package io.interdict.casework.domain.model.reporting;

import java.time.LocalDate;
import java.time.Month;

/** The reports OFAC requires, each with its rule and its deadline. */
public enum ReportType {

    /** Within 10 business days from the date the property becomes blocked. */
    BLOCKED_PROPERTY("Initial report of blocked property", "31 CFR 501.603(b)(1)"),
    /** Within 10 business days of the rejection. */
    REJECTED_TRANSACTION("Report of rejected transaction", "31 CFR 501.604"),
    /** All property blocked as of June 30, by September 30. */
    ANNUAL_BLOCKED_PROPERTY("Annual report of blocked property", "31 CFR 501.603(b)(2)"),
    /** Within 10 business days of unblocking or transfer, including under an order. */
    UNBLOCKING("Report of unblocked or transferred property", "31 CFR 501.603 (as amended in 2024)");

    /** "Within 10 business days" (501.603(b)(1)(i), 501.604(a)). */
    public static final int BUSINESS_DAYS_TO_REPORT = 10;

    private final String title;
    private final String rule;

    ReportType(String title, String rule) {
        this.title = title;
        this.rule = rule;
    }

    public String title() {
        return title;
    }

    /** The regulation that requires it. */
    public String rule() {
        return rule;
    }

    /**
     * The last day to file, for the event the report is about: the day property was blocked, a transaction rejected
     * or property unblocked; for the annual report, the June 30 it reports as of.
     */
    public LocalDate dueDate(LocalDate event, BusinessCalendar calendar) {
        return this == ANNUAL_BLOCKED_PROPERTY ? LocalDate.of(event.getYear(), Month.SEPTEMBER, 30)
                : calendar.plusBusinessDays(event, BUSINESS_DAYS_TO_REPORT);
    }
}
