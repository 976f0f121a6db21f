package io.interdict.workflow.infrastructure.camunda;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Takes the place of a casework delegate (which needs JPA) in the process tests: records where and with which
 * variables the process called it, and optionally does what the real one must do for the process to go on.
 */
final class CaseworkStandIn implements JavaDelegate {

    record Call(String activityId, Map<String, Object> variables) {
    }

    private final List<Call> calls = new ArrayList<>();
    private final Consumer<DelegateExecution> effect;

    CaseworkStandIn() {
        this(execution -> {
        });
    }

    CaseworkStandIn(Consumer<DelegateExecution> effect) {
        this.effect = effect;
    }

    @Override
    public void execute(DelegateExecution execution) {
        calls.add(new Call(execution.getCurrentActivityId(), new HashMap<>(execution.getVariables())));
        effect.accept(execution);
    }

    List<Call> calls() {
        return calls;
    }
}
