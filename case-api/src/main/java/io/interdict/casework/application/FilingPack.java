package io.interdict.casework.application;

import java.util.List;
import java.util.UUID;

/**
 * A report to OFAC as it is keyed into OFAC's reporting system: the report's rule and, section by section, each field
 * the rule asks for with its value (empty when not drafted). Rendered as PDF or CSV ({@link FilingPackFormat}).
 */
public record FilingPack(UUID reportId, String title, String rule, List<Section> sections) {

    public record Section(String heading, List<Field> fields) {
    }

    public record Field(String label, String value) {
    }
}
