package io.interdict.casework.interfaces.rest;

import io.interdict.casework.domain.model.blocking.BlockedProperty;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.reporting.Institution;
import io.interdict.casework.domain.model.reporting.MonetaryValue;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.PropertyType;
import io.interdict.casework.domain.model.reporting.RejectedTransaction;
import io.interdict.casework.domain.model.reporting.ReportedHolding;
import io.interdict.casework.domain.model.reporting.SanctionsTarget;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** What the blocked-property register and the report endpoints answer (JSON). */
public final class ReportingViews {

    private ReportingViews() {
    }

    /** A report owed to OFAC; {@code dueDate} and {@code eventDate} are ISO dates in the institution's zone. */
    public record ReportView(UUID id, UUID caseId, String type, String title, String rule, String status,
                             LocalDate eventDate, LocalDate dueDate, boolean overdue, UUID blockedPropertyId,
                             Instant openedAt, List<String> drafters, String signedOffBy, Instant signedOffAt,
                             String filingReference, String filedBy, Instant filedAt, String currentStep,
                             InstitutionView reporter,
                             List<TargetView> targets, RejectionView rejection, List<HoldingView> holdings) {
    }

    /** A row of the annual report's Part B: one blocked asset as the register held it when last compiled. */
    public record HoldingView(int row, UUID blockedPropertyId, UUID caseId, String ownerName, String ownerAddress,
                              String ownerCountry, List<String> targets, List<String> programmes,
                              List<String> legalAuthorities, String propertyType, String propertyTypeLabel,
                              String description, ValueView value, String accountReference, LocalDate blockedOn,
                              List<String> missing) {
    }

    /** The elements of 31 CFR 501.604(b) a rejected transaction's report adds to the report's own. */
    public record RejectionView(String transactionDescription, String targetLocations, String participants,
                                String banks, String propertyDescription, String accountReferences, ValueView value,
                                String shipmentValueNarrative, String documentsDescription) {
    }

    /** An entry of the register of blocked property. */
    public record BlockedPropertyView(UUID id, UUID caseId, String status, InstitutionView holder, String ownerName,
                                      String ownerAddress, String ownerCountry, String ownerReference,
                                      List<TargetView> targets, String propertyType, String propertyTypeLabel,
                                      String description, ValueView value, String accountReference,
                                      LocalDate blockedOn, String transactionDescription, Instant recordedAt,
                                      LocalDate unblockedOn, String unblockingBasis, String unblockingReference,
                                      String unblockedBy) {
    }

    public record InstitutionView(String name, String address, String contactName, String contactEmail,
                                  String contactPhone) {
    }

    /** A sanctions target with the list entry as it was screened. */
    public record TargetView(String source, String sourceId, String listVersion, String entryFingerprint,
                             String name, List<String> programmes, List<String> legalAuthorities) {
    }

    public record ValueView(BigDecimal amount, String currency, boolean estimated) {
    }

    static ReportView report(OfacReport r, LocalDate today, String currentStep) {
        return new ReportView(r.id(), r.caseId().map(CaseId::value).orElse(null), r.type().name(), r.type().title(), r.type().rule(),
                r.status().name(), r.eventDate(), r.dueDate(), r.isOverdue(today), r.blockedPropertyId().orElse(null),
                r.openedAt(), r.drafters(), r.signedOffBy().orElse(null), r.signedOffAt().orElse(null),
                r.filingReference().orElse(null), r.filedBy().orElse(null), r.filedAt().orElse(null), currentStep,
                r.reporter().map(ReportingViews::institution).orElse(null),
                r.targets().stream().map(ReportingViews::target).toList(),
                r.rejection().map(ReportingViews::rejection).orElse(null), holdings(r.holdings()));
    }

    private static List<HoldingView> holdings(List<ReportedHolding> rows) {
        List<HoldingView> views = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ReportedHolding h = rows.get(i);
            views.add(new HoldingView(i + 1, h.blockedPropertyId(), h.caseId(), h.ownerName(),
                    h.ownerAddress().orElse(null), h.ownerCountry().orElse(null), h.targets(), h.programmes(),
                    h.legalAuthorities(), h.propertyType().map(PropertyType::name).orElse(null),
                    h.propertyType().map(PropertyType::label).orElse(null), h.description().orElse(null),
                    h.value().map(ReportingViews::value).orElse(null), h.accountReference().orElse(null),
                    h.blockedOn(), h.missingForReport()));
        }
        return views;
    }

    static BlockedPropertyView blockedProperty(BlockedProperty p) {
        return new BlockedPropertyView(p.id(), p.caseId().value(), p.status().name(), institution(p.holder()),
                p.ownerName(), p.ownerAddress().orElse(null), p.ownerCountry().orElse(null),
                p.ownerReference().orElse(null), p.targets().stream().map(ReportingViews::target).toList(),
                p.propertyType().map(PropertyType::name).orElse(null),
                p.propertyType().map(PropertyType::label).orElse(null), p.description().orElse(null),
                p.value().map(ReportingViews::value).orElse(null), p.accountReference().orElse(null), p.blockedOn(),
                p.transactionDescription().orElse(null), p.recordedAt(), p.unblockedOn().orElse(null),
                p.unblockingBasis().map(Enum::name).orElse(null), p.unblockingReference().orElse(null),
                p.unblockedBy().orElse(null));
    }

    private static RejectionView rejection(RejectedTransaction t) {
        return new RejectionView(t.transactionDescription().orElse(null), t.targetLocations().orElse(null),
                t.participants().orElse(null), t.banks().orElse(null), t.propertyDescription().orElse(null),
                t.accountReferences().orElse(null), t.value().map(ReportingViews::value).orElse(null),
                t.shipmentValueNarrative().orElse(null), t.documentsDescription().orElse(null));
    }

    private static InstitutionView institution(Institution i) {
        return new InstitutionView(i.name(), i.address(), i.contactName(), i.contactEmail(),
                i.contactPhone().orElse(null));
    }

    private static TargetView target(SanctionsTarget t) {
        return new TargetView(t.entry().source(), t.entry().entryId(), t.entry().version(), t.entry().fingerprint(),
                t.name(), t.programmes(), t.legalAuthorities());
    }

    private static ValueView value(MonetaryValue v) {
        return new ValueView(v.amount(), v.currency(), v.isEstimated());
    }
}
