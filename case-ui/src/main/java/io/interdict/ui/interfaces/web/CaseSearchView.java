package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.interdict.casework.application.CaseQueries;
import io.interdict.casework.application.InstitutionProfile;
import io.interdict.casework.domain.model.audit.AuditChain;
import io.interdict.casework.domain.model.cases.CaseQuery;
import io.interdict.casework.domain.model.cases.CaseStatus;
import io.interdict.casework.domain.model.cases.EscalationOutcome;
import io.interdict.casework.domain.model.cases.HistoryFilter;
import io.interdict.casework.domain.model.cases.TriageOutcome;
import io.interdict.ui.interfaces.web.queue.CaseGrid;
import io.interdict.ui.interfaces.web.support.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The auditor's search across every case: by party, list entry, opening dates, status, decision and the user who
 * decided; each case opens read-only with its full timeline. The audit chain is verified here, with its result.
 */
@Route(value = "auditor/search", layout = MainLayout.class)
@PageTitle("Case search · Interdict")
@RolesAllowed("auditor")
public class CaseSearchView extends VerticalLayout {

    private final TextField party = new TextField("Party");
    private final TextField entry = new TextField("List entry");
    private final DatePicker from = new DatePicker("Opened from");
    private final DatePicker to = new DatePicker("Opened to");
    private final Select<Optional<CaseStatus>> status = new Select<>();
    private final Select<String> decision = new Select<>();
    private final TextField decidedBy = new TextField("Decided by");
    private final Div verification = new Div();

    @Inject
    public CaseSearchView(CaseQueries queries, InstitutionProfile institution, Clock clock) {
        setSizeFull();
        var heading = new H2("Case search");
        heading.setId("view-heading");
        var grid = new CaseGrid(clock);
        grid.setId("search-grid");
        ZoneId zone = institution.zoneOrUtc();
        grid.setItems(q -> queries.search(new CaseQuery(status.getValue() == null ? Optional.empty() : status.getValue(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(party.getValue()),
                HistoryFilter.openedOnDays(Optional.of(entry.getValue()), Optional.ofNullable(from.getValue()),
                        Optional.ofNullable(to.getValue()), zone, Optional.ofNullable(decision.getValue()),
                        Optional.of(decidedBy.getValue())),
                clock.instant(), CaseQuery.Order.NEWEST, q.getPage(), q.getPageSize())).cases().stream());
        Runnable refresh = () -> grid.getDataProvider().refreshAll();
        filters(refresh);
        var verify = new Button("Verify the audit chain", click -> show(queries.verifyAuditTrail()));
        verify.setId("verify-chain");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verification.setId("chain-verification");
        var chain = new HorizontalLayout(verify, verification);
        chain.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        var bar = new HorizontalLayout(party, entry, from, to, status, decision, decidedBy);
        bar.getStyle().set("flex-wrap", "wrap");
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading, new Paragraph("Every case, newest first, read-only. Opening a case shows its decisions and its"
                + " audit trail with each event's place in the hash chain."), bar, grid, new H3("Audit chain"), chain);
        expand(grid);
    }

    private void filters(Runnable refresh) {
        party.setId("search-party");
        entry.setId("search-entry");
        entry.setPlaceholder("9345 or us-ofac-sdn:9345");
        decidedBy.setId("search-decided-by");
        for (TextField field : List.of(party, entry, decidedBy)) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh.run());
        }
        from.setId("search-from");
        to.setId("search-to");
        from.addValueChangeListener(e -> refresh.run());
        to.addValueChangeListener(e -> refresh.run());
        status.setId("search-status");
        status.setLabel("Status");
        var statuses = new ArrayList<Optional<CaseStatus>>();
        statuses.add(Optional.empty());
        Stream.of(CaseStatus.values()).map(Optional::of).forEach(statuses::add);
        status.setItems(statuses);
        status.setItemLabelGenerator(s -> s.map(Enum::name).orElse("Any status"));
        status.setValue(Optional.empty());
        status.addValueChangeListener(e -> refresh.run());
        decision.setId("search-decision");
        decision.setLabel("Decision");
        var outcomes = new ArrayList<String>();
        outcomes.add("");
        Stream.of(TriageOutcome.values()).map(Enum::name).forEach(outcomes::add);
        Stream.of(EscalationOutcome.values()).map(Enum::name).forEach(outcomes::add);
        decision.setItems(outcomes);
        decision.setItemLabelGenerator(d -> d.isEmpty() ? "Any decision" : d);
        decision.setValue("");
        decision.addValueChangeListener(e -> refresh.run());
    }

    private void show(AuditChain.Verification result) {
        verification.removeAll();
        var verdict = new Span(result.intact() ? "Intact" : "BROKEN");
        verdict.setId("chain-verdict");
        verdict.getElement().getThemeList().add(result.intact() ? "badge success" : "badge error");
        var figures = new Span(result.eventsVerified() + " events verified, " + result.awaitingSeal()
                + " awaiting seal" + result.oldestAwaitingSeal().map(t -> " (oldest " + Times.minute(t) + ")")
                .orElse("") + result.firstBroken().map(b -> "; first broken at position " + b.sequence() + ": "
                + b.reason()).orElse(""));
        figures.setId("chain-figures");
        verification.add(verdict, new Span(" "), figures);
    }
}
