package io.interdict.casework.application;

import io.interdict.casework.domain.model.cases.Alert;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.cases.ScreeningCase;
import io.interdict.casework.domain.model.screening.ScreenedParty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * Opens the case of a screening's alerts, for a party or a trade transaction alike: the prioritisation table
 * decides its plan from the strongest alert before the case exists (so that it is stored and audited as it is
 * worked), its process is started with the case's id and triage due time, and the case is stored with the events
 * of its opening (one insert: the process id is known before it is written).
 */
@ApplicationScoped
public class CaseOpening {

    @Inject
    CaseChanges caseChanges;

    @Inject
    TriagePrioritisation prioritisation;

    @Inject
    CaseWorkflow workflow;

    @Transactional(Transactional.TxType.MANDATORY)
    public CaseId open(java.util.UUID screeningId, ScreenedParty party, List<Alert> alerts, String actor, Instant now) {
        Alert strongest = alerts.stream().max(Comparator.comparingDouble(Alert::score)).orElseThrow();
        ScreeningCase screeningCase = new ScreeningCase(screeningId, party, alerts,
                prioritisation.planFor(strongest, now), actor, now);
        screeningCase.attachProcess(workflow.start(screeningCase));
        caseChanges.opened(screeningCase);
        return screeningCase.id();
    }
}
