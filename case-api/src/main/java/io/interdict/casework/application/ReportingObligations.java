package io.interdict.casework.application;

import io.interdict.casework.domain.model.audit.AuditTrail;
import io.interdict.casework.domain.model.blocking.BlockedProperty;
import io.interdict.casework.domain.model.blocking.BlockedPropertyRegister;
import io.interdict.casework.domain.model.blocking.UnblockingBasis;
import io.interdict.casework.domain.model.cases.CaseRuleViolation;
import io.interdict.casework.domain.model.cases.Decision;
import io.interdict.casework.domain.model.cases.DecisionStep;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.reporting.BusinessCalendar;
import io.interdict.casework.domain.model.reporting.LegalAuthorities;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.OfacReports;
import io.interdict.casework.domain.model.reporting.ReportedHolding;
import io.interdict.casework.domain.model.reporting.SanctionsTarget;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What an approved BLOCK or REJECT owes: a BLOCK enters the property in the register of blocked property and opens
 * the initial report of blocked property (31 CFR 501.603(b)(1)); a REJECT opens the report of the rejected
 * transaction (501.604). Each report is due 10 US business days after the day of the approval, in the
 * institution's time zone; the annual report of all property held blocked on June 30 is due September 30
 * (501.603(b)(2)). Everything is audited and kept in the hand-over's transaction, which also starts the
 * report's process with its two deadline timers.
 */
@ApplicationScoped
public class ReportingObligations {

    /** A report not filed this many business days before its due date is brought to the managers. */
    static final int REMINDER_BUSINESS_DAYS = 2;

    private final LegalAuthorities authorities = LegalAuthorities.shipped();

    @Inject
    BlockedPropertyRegister register;

    @Inject
    OfacReports reports;

    @Inject
    AuditTrail auditTrail;

    @Inject
    InstitutionProfile profile;

    @Inject
    BusinessCalendar calendar;

    @Inject
    ReportWorkflow workflow;

    @Inject
    Clock clock;

    /** Opens what the case's approved decision owes. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void openFor(ScreeningCase decided, String actor) {
        List<SanctionsTarget> targets = decided.alerts().stream().map(a -> SanctionsTarget.of(a, authorities)).toList();
        LocalDate decidedOn = approval(decided).decidedAt().atZone(profile.zone()).toLocalDate();
        OfacReport report = switch (decided.status()) {
            case BLOCK_APPROVED -> {
                BlockedProperty property = BlockedProperty.blocked(decided.id(), decided.party(),
                        profile.institution(), targets, decidedOn, actor, clock.instant());
                register.add(property);
                auditTrail.appendAll(property.takeRecordedChanges());
                yield OfacReport.ofBlockedProperty(decided.id(), property.id(), decidedOn, calendar, actor,
                        clock.instant());
            }
            case REJECT_APPROVED -> OfacReport.ofRejectedTransaction(decided.id(), profile.institution(), targets,
                    decidedOn, calendar, actor, clock.instant());
            default -> throw new CaseRuleViolation("a case that is " + decided.status() + " owes no report");
        };
        open(report);
    }

    /**
     * A manager releases blocked property (by licence or order) or records its transfer: the register entry closes,
     * and the report of unblocking opens, due 10 business days after {@code unblockedOn}, with its process.
     *
     * @throws BlockedPropertyNotFound when no register entry has this id
     */
    @Transactional
    public OfacReport unblock(UUID propertyId, UnblockingBasis basis, String reference, LocalDate unblockedOn,
                              String manager) {
        BlockedProperty property = register.find(propertyId).orElseThrow(() -> new BlockedPropertyNotFound(propertyId));
        property.unblock(basis, reference, unblockedOn, manager);
        auditTrail.appendAll(property.takeRecordedChanges());
        OfacReport report = OfacReport.ofUnblocking(property.caseId(), property.id(), unblockedOn, calendar, manager,
                clock.instant());
        open(report);
        return report;
    }

    /**
     * Compiles the annual report of all property held blocked at the end of {@code asOf} (a June 30 that has passed in
     * the institution's zone), one row per register entry, due September 30, with its process.
     *
     * @throws CaseRuleViolation when the day is not a past June 30, nothing was held then (no report is owed), or
     *                           the report as of that day exists already (it is redrafted, not compiled twice)
     */
    @Transactional
    public OfacReport annual(LocalDate asOf, String actor) {
        if (!asOf.isBefore(today())) {
            throw new CaseRuleViolation("the annual report as of " + asOf + " can be compiled from " + asOf.plusDays(1)
                    + ", once the day has ended; today is " + today());
        }
        reports.annualAsOf(asOf).ifPresent(existing -> {
            throw new CaseRuleViolation("the annual report as of " + asOf + " exists already: report "
                    + existing.id() + " (" + existing.status() + "); redraft it to compile its rows again");
        });
        return compileAnnual(asOf, register.holdingsOn(asOf), actor);
    }

    /**
     * The yearly timer: compiles the annual report as of the last June 30 unless it exists or nothing was held then.
     *
     * @return the report compiled, or empty when none was owed or it was compiled before (by an administrator)
     */
    @Transactional
    public Optional<OfacReport> annualDue(String actor) {
        LocalDate today = today();
        LocalDate lastJune30 = LocalDate.of(today.getYear(), Month.JUNE, 30);
        LocalDate asOf = lastJune30.isBefore(today) ? lastJune30 : lastJune30.minusYears(1);
        if (reports.annualAsOf(asOf).isPresent()) {
            return Optional.empty();
        }
        List<ReportedHolding> held = register.holdingsOn(asOf);
        return held.isEmpty() ? Optional.empty() : Optional.of(compileAnnual(asOf, held, actor));
    }

    private OfacReport compileAnnual(LocalDate asOf, List<ReportedHolding> held, String actor) {
        OfacReport report = OfacReport.ofAnnualBlockedProperty(asOf, profile.institution(), held, calendar, actor,
                clock.instant());
        open(report);
        return report;
    }

    /** Today in the institution's zone: the day an unblocking happens unless another is given. */
    public LocalDate today() {
        return profile.today(clock);
    }

    private void open(OfacReport report) {
        reports.add(report);
        auditTrail.appendAll(report.takeRecordedChanges());
        workflow.start(report, startOfDay(calendar.minusBusinessDays(report.dueDate(), REMINDER_BUSINESS_DAYS)),
                startOfDay(report.dueDate().plusDays(1)));
    }

    private Instant startOfDay(LocalDate day) {
        return day.atStartOfDay(profile.zone()).toInstant();
    }

    /** The manager's decision that approved the BLOCK or REJECT: the last one of the escalation step. */
    private static Decision approval(ScreeningCase decided) {
        List<Decision> escalations = decided.decisions().stream()
                .filter(d -> d.step() == DecisionStep.ESCALATION).toList();
        if (escalations.isEmpty()) {
            throw new CaseRuleViolation("case " + decided.id() + " has no escalation decision to report");
        }
        return escalations.get(escalations.size() - 1);
    }
}
