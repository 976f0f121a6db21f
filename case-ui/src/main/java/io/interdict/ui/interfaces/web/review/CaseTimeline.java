package io.interdict.ui.interfaces.web.review;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import io.interdict.casework.domain.model.audit.AuditEvent;
import io.interdict.ui.interfaces.web.support.Times;
import java.util.List;

/**
 * The case's history as the audit trail holds it, oldest first: every change with who, when and what, and whether
 * the event is already sealed into the hash chain (with its position) or still waiting for the seal.
 */
public class CaseTimeline extends Grid<AuditEvent> {

    public CaseTimeline(List<AuditEvent> events) {
        super(AuditEvent.class, false);
        setId("case-timeline");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
        addColumn(e -> Times.minute(e.occurredAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        addColumn(AuditEvent::actor).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        addColumn(AuditEvent::action).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        addColumn(AuditEvent::detail).setHeader("Detail").setFlexGrow(4);
        addComponentColumn(CaseTimeline::seal).setHeader("Chain").setAutoWidth(true).setFlexGrow(0);
        setItems(events);
    }

    private static Span seal(AuditEvent event) {
        var seal = new Span(event.sealed() ? "sealed #" + event.sequence() : "awaiting seal");
        seal.getElement().getThemeList().add(event.sealed() ? "badge small success" : "badge small contrast");
        return seal;
    }
}
