package io.interdict.casework.application;

import io.interdict.casework.domain.model.reporting.OfacReport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A report's process from draft to filing, with the timers that watch its deadline (a port: case-workflow runs it on
 * Camunda). Every call joins the caller's transaction, so a refused step rolls the report's change back too.
 */
public interface ReportWorkflow {

    /**
     * Starts the report's process.
     *
     * @param reminderAt when the managers are told a report not yet filed is due soon
     * @param overdueAt  when a report not yet filed is marked overdue
     */
    void start(OfacReport report, Instant reminderAt, Instant overdueAt);

    /** The draft lacks nothing: it goes to sign-off (nothing happens when it was there already). */
    void drafted(OfacReport report, String drafter);

    void signedOff(OfacReport report, String manager);

    void filed(OfacReport report, String user);

    /** The step of the report's process that waits for someone ({@code draftReport}...); empty once filed. */
    Optional<String> currentStep(OfacReport report);

    /** {@link #currentStep} of several reports at once, by report id (a report whose process ended is left out). */
    Map<UUID, String> currentSteps(List<OfacReport> reports);
}
