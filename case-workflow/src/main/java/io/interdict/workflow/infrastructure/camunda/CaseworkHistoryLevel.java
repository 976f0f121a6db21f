package io.interdict.workflow.infrastructure.camunda;

import java.util.EnumSet;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * What the engine keeps of finished work: everything Camunda's {@code full} level keeps except the history of
 * process variables. The variables of a case process are copies of what the case itself holds (its id, the decision
 * table's inputs, the due time of triage), and every change to the case is already in Interdict's own audit trail;
 * copying each variable write into two more history tables doubled the rows a new case writes.
 *
 * <p>Kept: process, activity and task instances, identity links (who could and did work a task), jobs, incidents,
 * the user operation log and every decision table evaluation with its inputs and outputs, which is where an auditor
 * reads which rule set a case's priority.
 *
 * <p>The engine stores the level's id in the database and refuses to start on a database written at another level;
 * {@link HistoryLevelMigration} moves a database from {@code full} to this level.
 */
public final class CaseworkHistoryLevel extends AbstractHistoryLevel {

    public static final String NAME = "casework";

    /** Ids 0-3 are Camunda's own levels. */
    public static final int ID = 30;

    private static final Set<HistoryEventTypes> LEFT_OUT = EnumSet.of(
            HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE,
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
            HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
            HistoryEventTypes.VARIABLE_INSTANCE_DELETE,
            HistoryEventTypes.FORM_PROPERTY_UPDATE);

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        return !(eventType instanceof HistoryEventTypes known && LEFT_OUT.contains(known));
    }
}
