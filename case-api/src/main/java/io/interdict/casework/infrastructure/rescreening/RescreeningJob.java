package io.interdict.casework.infrastructure.rescreening;

import io.interdict.casework.application.RescreeningJobs;
import io.interdict.casework.domain.model.rescreening.RescreeningId;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Properties;

/** Starts the {@code list-rescreening} job for a run through the server's job operator. */
@ApplicationScoped
public class RescreeningJob implements RescreeningJobs {

    /** The job's id in {@code META-INF/batch-jobs/list-rescreening.xml}. */
    static final String JOB_NAME = "list-rescreening";

    /** The one job parameter: which run to carry out. */
    static final String RESCREENING_ID = "rescreeningId";

    @Override
    public long start(RescreeningId id) {
        Properties parameters = new Properties();
        parameters.setProperty(RESCREENING_ID, id.toString());
        return BatchRuntime.getJobOperator().start(JOB_NAME, parameters);
    }

    static RescreeningId id(String parameter) {
        return RescreeningId.parse(parameter)
                .orElseThrow(() -> new IllegalArgumentException("not a re-screening id: " + parameter));
    }
}
