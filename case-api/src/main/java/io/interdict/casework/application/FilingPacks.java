package io.interdict.casework.application;

import io.interdict.casework.application.ExportDocument.Field;
import io.interdict.casework.application.ExportDocument.Section;
import io.interdict.casework.domain.model.attachments.Attachment;
import io.interdict.casework.domain.model.attachments.Attachments;
import io.interdict.casework.domain.model.audit.AuditAction;
import io.interdict.casework.domain.model.audit.AuditRecord;
import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.blocking.BlockedProperty;
import io.interdict.casework.domain.model.blocking.BlockedPropertyRegister;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.reporting.Institution;
import io.interdict.casework.domain.model.reporting.MonetaryValue;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.OfacReports;
import io.interdict.casework.domain.model.reporting.PropertyType;
import io.interdict.casework.domain.model.reporting.RejectedTransaction;
import io.interdict.casework.domain.model.reporting.ReportType;
import io.interdict.casework.domain.model.reporting.ReportedHolding;
import io.interdict.casework.domain.model.reporting.SanctionsTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A report's filing pack: the fields of 31 CFR 501.603(b)(1)(ii) or 501.604(b) in the rule's order (the annual
 * report's Part A and B), rendered in the
 * format asked for. Every export is audited.
 */
@ApplicationScoped
public class FilingPacks {

    @Inject
    OfacReports reports;

    @Inject
    BlockedPropertyRegister register;

    @Inject
    Attachments attachments;

    @Inject
    AuditTrail auditTrail;

    /** The report's pack in the format, recorded as exported by {@code user}. */
    @Transactional
    public byte[] export(UUID reportId, ExportFormat format, String user) {
        OfacReport report = reports.find(reportId).orElseThrow(() -> new ReportNotFound(reportId));
        ExportDocument pack = packOf(report);
        auditTrail.append(AuditRecord.of(user, AuditAction.REPORT_PACK_EXPORTED, reportId,
                "filing pack of the " + report.type().title().toLowerCase() + " exported as " + format.name()));
        return format.render(pack);
    }

    ExportDocument packOf(OfacReport report) {
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("Report", List.of(
                field("Report", report.type().title()), field("Rule", report.type().rule()),
                field("Report id", report.id().toString()), field("Case id", report.caseId().map(CaseId::toString).orElse("")),
                field("Status", report.status().name()), field("Due date", report.dueDate().toString()),
                field("Signed off by", report.signedOffBy().orElse("")),
                field("Filing reference", report.filingReference().orElse("")))));
        List<Attachment> documents = report.caseId().map(attachments::ofCase).orElse(List.of());
        if (report.type() == ReportType.REJECTED_TRANSACTION) {
            sections.addAll(rejection(report, documents));
        } else if (report.type() == ReportType.ANNUAL_BLOCKED_PROPERTY) {
            sections.addAll(annual(report));
        } else {
            BlockedProperty property = report.blockedPropertyId().flatMap(register::find)
                    .orElseThrow(() -> new IllegalStateException("report " + report.id() + " has no register entry"));
            sections.addAll(blockedProperty(report, property, documents));
        }
        return new ExportDocument(report.type().title(), report.type().rule() + " - report " + report.id(), sections);
    }

    private static List<Section> blockedProperty(OfacReport report, BlockedProperty p, List<Attachment> documents) {
        List<Section> sections = new ArrayList<>();
        sections.add(institution("Holder of the property", p.holder()));
        sections.add(new Section("Owner of the property", List.of(field("Name", p.ownerName()),
                field("Address", p.ownerAddress().orElse("")), field("Country", p.ownerCountry().orElse("")),
                field("Customer reference", p.ownerReference().orElse("")))));
        sections.add(targets("Sanctions targets", p.targets()));
        sections.add(new Section("Blocked property", List.of(
                field("Property type", p.propertyType().map(PropertyType::label).orElse("")),
                field("Description", p.description().orElse("")), field("Value", value(p.value())),
                field("Blocked account", p.accountReference().orElse("")),
                field("Date blocked", p.blockedOn().toString()),
                field("Legal authority", String.join("; ", authorities(p.targets()))))));
        List<Field> transaction = new ArrayList<>(List.of(field("Description", p.transactionDescription().orElse(""))));
        transaction.addAll(documents(documents));
        sections.add(new Section("Associated transaction", transaction));
        return sections;
    }

    /**
     * TD F 90-22.50 as far as 501.603(b)(2) and OFAC's guidance describe it: Part A, the holder and the summary whose
     * count equals Part B's rows; Part B, one row per blocked asset, never summed.
     */
    private static List<Section> annual(OfacReport report) {
        List<ReportedHolding> rows = report.holdings();
        List<Section> sections = new ArrayList<>();
        List<Field> summary = new ArrayList<>(List.of(
                field("As of", report.eventDate().toString()),
                field("Total number of blocked property records (Part B rows)", String.valueOf(rows.size()))));
        Map<String, BigDecimal> totals = new TreeMap<>();
        rows.forEach(row -> row.value().ifPresent(v -> totals.merge(v.currency(), v.amount(), BigDecimal::add)));
        totals.forEach((currency, total) -> summary.add(field("Total value in " + currency, total.toPlainString())));
        long undescribed = rows.stream().filter(row -> row.value().isEmpty()).count();
        if (undescribed > 0) {
            summary.add(field("Rows without a value", String.valueOf(undescribed)));
        }
        sections.add(report.reporter().map(r -> institution("Part A - holder of the blocked property", r))
                .orElse(new Section("Part A - holder of the blocked property", List.of())));
        sections.add(new Section("Part A - summary", summary));
        for (int i = 0; i < rows.size(); i++) {
            sections.add(holding(i + 1, rows.get(i)));
        }
        return sections;
    }

    private static Section holding(int number, ReportedHolding row) {
        return new Section("Part B - row " + number, List.of(
                field("Owner", row.ownerName()),
                field("Owner's address", row.ownerAddress().orElse("")),
                field("Owner's country", row.ownerCountry().orElse("")),
                field("Sanctions targets", String.join("; ", row.targets())),
                field("Programmes", String.join(", ", row.programmes())),
                field("Legal authority", String.join("; ", row.legalAuthorities())),
                field("Asset type", row.propertyType().map(PropertyType::label).orElse("")),
                field("Description", row.description().orElse("")),
                field("Value", value(row.value())),
                field("Account or reference", row.accountReference().orElse("")),
                field("Date blocked", row.blockedOn().toString()),
                field("Register entry", row.blockedPropertyId() + " (case " + row.caseId() + ")")));
    }

    private static List<Section> rejection(OfacReport report, List<Attachment> documents) {
        RejectedTransaction t = report.rejection().orElseThrow();
        List<Section> sections = new ArrayList<>();
        sections.add(report.reporter().map(r -> institution("(1) Person that rejected the transaction", r))
                .orElse(new Section("(1) Person that rejected the transaction", List.of())));
        sections.add(new Section("(2)-(9) The transaction", List.of(
                field("(2) Description of the transaction", t.transactionDescription().orElse("")),
                field("(3) Location of the targets", t.targetLocations().orElse("")),
                field("(4) Parties to the transaction", t.participants().orElse("")),
                field("(5) Intermediary, correspondent, issuing, advising or confirming banks", t.banks().orElse("")),
                field("(6) Description of the property", t.propertyDescription().orElse("")),
                field("(7) Account or reference numbers", t.accountReferences().orElse("")),
                field("(8) Actual or estimated value", value(t.value())),
                field("(9) Value of a shipment (trade documents)", t.shipmentValueNarrative().orElse("")))));
        sections.add(targets("(3) Sanctions targets", report.targets()));
        List<Field> last = new ArrayList<>(List.of(
                field("(10) Date the transaction was rejected", report.eventDate().toString()),
                field("(11) Legal authorities", String.join("; ", authorities(report.targets()))),
                field("(12) Relevant documentation", t.documentsDescription().orElse(""))));
        last.addAll(documents(documents));
        sections.add(new Section("(10)-(12) Date, authority, documents", last));
        return sections;
    }

    /** The case's documents, to attach in the reporting system: each file's name, kind, size and hash. */
    private static List<Field> documents(List<Attachment> documents) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            fields.add(field("Document " + (i + 1), documents.get(i).summary()));
        }
        return fields;
    }

    private static Section institution(String heading, Institution i) {
        return new Section(heading, List.of(field("Name", i.name()), field("Address", i.address()),
                field("Contact", i.contactName()), field("Contact e-mail", i.contactEmail()),
                field("Contact telephone", i.contactPhone().orElse(""))));
    }

    private static Section targets(String heading, List<SanctionsTarget> targets) {
        List<Field> fields = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            SanctionsTarget t = targets.get(i);
            String n = "Target " + (i + 1) + ": ";
            fields.add(field(n + "name", t.name()));
            fields.add(field(n + "list entry", t.entry().key() + " (list version " + t.entry().version() + ")"));
            fields.add(field(n + "programmes", String.join(", ", t.programmes())));
        }
        return new Section(heading, fields);
    }

    private static Set<String> authorities(List<SanctionsTarget> targets) {
        Set<String> all = new LinkedHashSet<>();
        targets.forEach(t -> all.addAll(t.legalAuthorities()));
        return all;
    }

    private static String value(Optional<MonetaryValue> value) {
        return value.map(MonetaryValue::toString).orElse("");
    }

    private static Field field(String label, String value) {
        return new Field(label, value == null ? "" : value);
    }
}
