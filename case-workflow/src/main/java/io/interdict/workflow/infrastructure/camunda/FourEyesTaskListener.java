package io.interdict.workflow.infrastructure.camunda;

import io.interdict.casework.domain.model.cases.FourEyesPolicy;
import io.interdict.casework.domain.model.cases.FourEyesViolation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Four eyes in the workflow, on completion of the escalation task: the analyst who escalated a case never decides
 * the escalation. The casework domain ({@code ScreeningCase.decideEscalation}) already refuses that; this listener is
 * the second line, for any path that completes the task without going through the case (the Camunda REST API, an
 * operator in Cockpit, a future bulk action).
 *
 * <p>The decider is both the user completing the task (the engine's authenticated user) and the task's assignee;
 * neither may be the escalating analyst. A completion where neither is known, or where the process does not know
 * who escalated, is refused too: four eyes that cannot be checked are not four eyes.
 */
@ApplicationScoped
@Named(CaseProcess.Beans.FOUR_EYES)
public class FourEyesTaskListener implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        Object escalatedBy = task.getVariable(CaseProcess.Variables.ESCALATED_BY);
        if (!(escalatedBy instanceof String analyst) || analyst.isBlank()) {
            throw new FourEyesRefusal("four eyes: the process does not say who escalated this case ("
                    + CaseProcess.Variables.ESCALATED_BY + " is missing); the escalation cannot be decided");
        }
        Set<String> deciders = deciders(task);
        if (deciders.isEmpty()) {
            throw new FourEyesRefusal("four eyes: the escalation must be claimed or completed by a named manager");
        }
        for (String decider : deciders) {
            try {
                FourEyesPolicy.requireSecondPerson(analyst, decider);
            } catch (FourEyesViolation violation) {
                throw new FourEyesRefusal(violation.user(), violation);
            }
        }
    }

    private static Set<String> deciders(DelegateTask task) {
        Set<String> deciders = new LinkedHashSet<>();
        Authentication authentication = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            deciders.add(authentication.getUserId());
        }
        if (task.getAssignee() != null) {
            deciders.add(task.getAssignee());
        }
        return deciders;
    }
}
