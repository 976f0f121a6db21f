package io.interdict.casework.application;

import java.util.List;

/**
 * A record written out for people outside the system (a report's filing pack, a case's history for an examiner):
 * a title, the line that says what it is ({@code 31 CFR 501.604 - report ...}), and section by section each field
 * with its value (empty when not known). Rendered as PDF or CSV ({@link ExportFormat}).
 */
public record ExportDocument(String title, String subtitle, List<Section> sections) {

    public record Section(String heading, List<Field> fields) {
    }

    public record Field(String label, String value) {
    }
}
