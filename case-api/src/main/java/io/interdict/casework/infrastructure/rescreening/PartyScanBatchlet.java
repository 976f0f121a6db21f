package io.interdict.casework.infrastructure.rescreening;

import io.interdict.casework.application.RescreeningScan;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The scan step: finds the stored parties that could match an added or changed entry. Stopped (the server shutting
 * down), it ends the job between two pages; the run stays SCANNING and start-up scans again, adding no party twice.
 */
@Named("partyScanBatchlet")
@Dependent
public class PartyScanBatchlet extends AbstractBatchlet {

    /** The exit status on which the job goes on to re-screen what the scan found. */
    static final String SCANNED = "SCANNED";

    /** The exit status of a scan a stopping server cut short: the job stops, start-up takes the run up again. */
    static final String STOPPED = "STOPPED";

    @Inject
    @BatchProperty(name = RescreeningJob.RESCREENING_ID)
    String rescreeningId;

    @Inject
    RescreeningScan scan;

    private volatile boolean stopping;

    @Override
    public String process() {
        return scan.scan(RescreeningJob.id(rescreeningId), () -> stopping) ? SCANNED : STOPPED;
    }

    @Override
    public void stop() {
        stopping = true;
    }
}
