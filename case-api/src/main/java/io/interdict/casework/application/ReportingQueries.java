package io.interdict.casework.application;

import io.interdict.casework.domain.model.blocking.BlockedProperty;
import io.interdict.casework.domain.model.blocking.BlockedPropertyRegister;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.OfacReports;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reading the register of blocked property and the reports owed to OFAC. Views are made inside the transaction, so
 * that lazy collections (targets) can be read.
 */
@ApplicationScoped
public class ReportingQueries {

    @Inject
    BlockedPropertyRegister register;

    @Inject
    OfacReports reports;

    @Inject
    InstitutionProfile profile;

    @Inject
    ReportWorkflow workflow;

    @Inject
    Clock clock;

    /** Today in the institution's time zone: what "overdue" is judged on. */
    public LocalDate today() {
        return profile.today(clock);
    }

    /** A page of reports, each viewed with the step its process waits at (null once filed). */
    @Transactional
    public <T> List<T> reports(OfacReports.ReportQuery query, BiFunction<OfacReport, String, T> view) {
        List<OfacReport> page = reports.search(query);
        Map<UUID, String> steps = page.isEmpty() ? Map.of() : workflow.currentSteps(page);
        return page.stream().map(r -> view.apply(r, steps.get(r.id()))).toList();
    }

    /**
     * A report, viewed with the step its process waits at (null once filed).
     *
     * @throws ReportNotFound when no report has this id
     */
    @Transactional
    public <T> T report(UUID id, BiFunction<OfacReport, String, T> view) {
        OfacReport report = reports.find(id).orElseThrow(() -> new ReportNotFound(id));
        return view.apply(report, workflow.currentStep(report).orElse(null));
    }

    /** The step of the report's process that waits for someone; empty once filed. */
    @Transactional
    public Optional<String> currentStep(OfacReport report) {
        return workflow.currentStep(report);
    }

    @Transactional
    public <T> List<T> register(BlockedPropertyRegister.RegisterQuery query, Function<BlockedProperty, T> view) {
        return register.search(query).stream().map(view).toList();
    }

    /** @throws BlockedPropertyNotFound when no register entry has this id */
    @Transactional
    public <T> T blockedProperty(UUID id, Function<BlockedProperty, T> view) {
        return view.apply(register.find(id).orElseThrow(() -> new BlockedPropertyNotFound(id)));
    }
}
