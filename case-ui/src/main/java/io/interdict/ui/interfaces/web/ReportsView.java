package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.interdict.casework.application.ExportFormat;
import io.interdict.casework.application.FilingPacks;
import io.interdict.casework.application.ReportWork;
import io.interdict.casework.application.ReportingQueries;
import io.interdict.casework.domain.model.Role;
import io.interdict.casework.domain.model.blocking.BlockedProperty;
import io.interdict.casework.domain.model.blocking.BlockedPropertyRegister;
import io.interdict.casework.domain.model.cases.CaseId;
import io.interdict.casework.domain.model.reporting.OfacReport;
import io.interdict.casework.domain.model.reporting.OfacReports;
import io.interdict.casework.domain.model.reporting.PropertyType;
import io.interdict.casework.domain.model.reporting.ReportStatus;
import io.interdict.casework.domain.model.reporting.ReportType;
import io.interdict.casework.interfaces.rest.InvalidRequest;
import io.interdict.casework.interfaces.rest.Problem;
import io.interdict.casework.interfaces.rest.ReportRequests;
import io.interdict.ui.infrastructure.security.OidcSession;
import io.interdict.ui.infrastructure.security.SignedInUser;
import io.interdict.ui.interfaces.web.support.Feedback;
import io.interdict.ui.interfaces.web.support.Times;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The reports owed to OFAC, soonest due first, with their overdue marks; for each: the draft, the sign-off by a
 * second person, the filing reference, and the filing packs (PDF and CSV). Below, the register of blocked property.
 */
@Route(value = "reports", layout = MainLayout.class)
@PageTitle("Reports · Interdict")
@RolesAllowed({"analyst", "manager", "auditor", "admin"})
public class ReportsView extends VerticalLayout implements BeforeEnterObserver {

    /**
     * A report as its queue row shows it: the report, the step its process waits at, and whether it is overdue as of
     * the institution's today (read once per page: the institution's profile is read from its file at each use).
     */
    record ReportRow(OfacReport report, String step, boolean overdue) {
    }

    private final ReportingQueries queries;
    private final ReportWork work;
    private final FilingPacks packs;
    private final Instance<ExportFormat> formats;
    private final SignedInUser user = OidcSession.signedInUser();
    private final Grid<ReportRow> reports = new Grid<>();
    private Optional<CaseId> ofCase = Optional.empty();
    private final Span shown = new Span();

    @Inject
    public ReportsView(ReportingQueries queries, ReportWork work, FilingPacks packs,
                       @Any Instance<ExportFormat> formats) {
        this.queries = queries;
        this.work = work;
        this.packs = packs;
        this.formats = formats;
        setWidthFull();
        var heading = new H2("Reports to OFAC");
        heading.setId("view-heading");
        shown.setId("reports-shown");
        add(heading, new Paragraph("Soonest due first. Reports are privileged and confidential (31 CFR 501.603(a))."),
                shown, reportQueue(), new H3("Blocked property register"), register());
    }

    private Grid<ReportRow> reportQueue() {
        reports.setId("report-grid");
        reports.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        reports.setHeight("24em");
        reports.addColumn(r -> r.report().type().title()).setHeader("Report").setFlexGrow(2);
        reports.addComponentColumn(r -> r.report().caseId().<Component>map(id -> new RouterLink("case",
                CaseReviewView.class, new RouteParameters("caseId", id.toString()))).orElseGet(Span::new))
                .setHeader("Case").setAutoWidth(true).setFlexGrow(0);
        reports.addColumn(r -> r.report().eventDate().toString()).setHeader("Event").setAutoWidth(true).setFlexGrow(0);
        reports.addComponentColumn(this::due).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        reports.addColumn(r -> r.report().status().name()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        reports.addColumn(r -> r.step() == null ? "—" : r.step()).setHeader("Waiting on").setAutoWidth(true)
                .setFlexGrow(0);
        reports.addColumn(r -> r.report().filingReference().orElse("")).setHeader("Filing reference")
                .setAutoWidth(true);
        reports.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
        reports.setPartNameGenerator(r -> r.overdue() ? "overdue" : null);
        reports.setItems(q -> {
            LocalDate today = queries.today();
            return queries.reports(new OfacReports.ReportQuery(ofCase, Optional.empty(), Optional.empty(),
                    Optional.empty(), today, q.getPage(), q.getPageSize()),
                    (report, step) -> new ReportRow(report, step, report.isOverdue(today))).stream();
        });
        return reports;
    }

    /** {@code ?case=<id>}: only that case's reports (the case review links here). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ofCase = event.getLocation().getQueryParameters().getSingleParameter("case").flatMap(text -> {
            try {
                return Optional.of(CaseId.of(text));
            } catch (IllegalArgumentException notAnId) {
                return Optional.empty();
            }
        });
        shown.setText(ofCase.map(id -> "The reports of case " + id + ".").orElse("Every report."));
        reports.getDataProvider().refreshAll();
    }

    private Component due(ReportRow row) {
        var due = new Span(row.report().dueDate().toString());
        if (!row.overdue()) {
            return due;
        }
        var overdue = new Span("Overdue");
        overdue.getElement().getThemeList().add("badge small error");
        return new HorizontalLayout(overdue, due);
    }

    private Component actions(ReportRow row) {
        OfacReport report = row.report();
        var actions = new HorizontalLayout();
        boolean worker = user.holds(Role.ANALYST) || user.holds(Role.MANAGER);
        if (worker && (report.status() == ReportStatus.DRAFT || report.status() == ReportStatus.AWAITING_SIGN_OFF)) {
            actions.add(small("draft-" + report.id(), "Draft…", () -> draft(report)));
        }
        if (user.holds(Role.MANAGER) && report.status() == ReportStatus.AWAITING_SIGN_OFF) {
            actions.add(small("sign-off-" + report.id(), "Sign off", () -> act(
                    () -> work.signOff(report.id(), user.username()), "Signed off.")));
        }
        if (worker && report.status() == ReportStatus.SIGNED_OFF) {
            actions.add(small("file-" + report.id(), "Filed…", () -> filed(report)));
        }
        for (String format : new String[] {"pdf", "csv"}) {
            actions.add(pack(report.id(), format));
        }
        return actions;
    }

    private Anchor pack(UUID reportId, String name) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ExportFormat format = formats.stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
            byte[] pack = packs.export(reportId, format, user.username());
            return new DownloadResponse(new ByteArrayInputStream(pack), "ofac-report-" + reportId + "." + name,
                    format.mediaType(), pack.length);
        }), name.toUpperCase(Locale.ROOT));
        link.setId("pack-" + name + "-" + reportId);
        return link;
    }

    /** The draft form of the report's type; what the API's draft checks, this checks (it uses the same reader). */
    private void draft(OfacReport report) {
        var dialog = new Dialog();
        dialog.setId("draft-dialog");
        dialog.setHeaderTitle("Draft: " + report.type().title());
        var form = new FormLayout();
        var body = new ReportRequests.Draft();
        var type = new Select<PropertyType>();
        var description = new TextArea("Description of the property");
        var value = new BigDecimalField("Value");
        var currency = new TextField("Currency (ISO 4217)");
        var estimated = new Checkbox("The value is an estimate");
        var account = new TextField("Account reference");
        var transaction = new TextArea("Transaction");
        var locations = new TextField("Target locations");
        var participants = new TextArea("Participants");
        var banks = new TextArea("Banks");
        var property = new TextArea("Property");
        var accounts = new TextField("Account references");
        var shipment = new TextArea("Shipment value");
        var documents = new TextArea("Documents");
        type.setLabel("Property type");
        type.setItems(PropertyType.values());
        type.setItemLabelGenerator(PropertyType::label);
        type.setId("draft-property-type");
        description.setId("draft-description");
        value.setId("draft-value");
        currency.setId("draft-currency");
        account.setId("draft-account");
        transaction.setId("draft-transaction");
        if (report.type() == ReportType.BLOCKED_PROPERTY || report.type() == ReportType.REJECTED_TRANSACTION) {
            if (report.type() == ReportType.BLOCKED_PROPERTY) {
                form.add(type, description, account);
            }
            form.add(value, currency, estimated, transaction);
            if (report.type() == ReportType.REJECTED_TRANSACTION) {
                form.add(locations, participants, banks, property, accounts, shipment, documents);
            }
        } else {
            form.add(new Paragraph(report.type() == ReportType.ANNUAL_BLOCKED_PROPERTY
                    ? "The annual report's rows are compiled again from the register as it is now."
                    : "What this report says is on record; drafting confirms it."));
        }
        dialog.add(form);
        var save = new Button("Save the draft", click -> {
            body.propertyType = Optional.ofNullable(type.getValue()).map(Enum::name).orElse(null);
            body.description = description.getValue();
            body.value = value.getValue();
            body.currency = currency.getValue();
            body.estimated = estimated.getValue();
            body.accountReference = account.getValue();
            body.transactionDescription = transaction.getValue();
            body.targetLocations = locations.getValue();
            body.participants = participants.getValue();
            body.banks = banks.getValue();
            body.propertyDescription = property.getValue();
            body.accountReferences = accounts.getValue();
            body.shipmentValueNarrative = shipment.getValue();
            body.documentsDescription = documents.getValue();
            try {
                ReportWork.ReportDraft read = body.read();
                if (act(() -> work.draft(report.id(), user.username(), read), "Draft saved.")) {
                    dialog.close();
                }
            } catch (InvalidRequest invalid) {
                showBeside(invalid, Map.of("propertyType", type, "description", description, "value", value,
                        "currency", currency, "accountReference", account, "transactionDescription", transaction,
                        "targetLocations", locations, "participants", participants, "banks", banks,
                        "propertyDescription", property));
            }
        });
        save.setId("draft-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    /** Each field's error next to its field; what has no field of its own goes to a notification. */
    private static void showBeside(InvalidRequest invalid, Map<String, ? extends HasValidation> fields) {
        fields.values().forEach(field -> field.setInvalid(false));
        List<String> elsewhere = new ArrayList<>();
        for (Problem.FieldError error : invalid.errors()) {
            HasValidation field = fields.get(error.field());
            if (field == null) {
                elsewhere.add(error.field() + ": " + error.message());
            } else {
                field.setErrorMessage(error.message());
                field.setInvalid(true);
            }
        }
        if (!elsewhere.isEmpty()) {
            Feedback.refused(String.join("; ", elsewhere));
        }
    }

    private void filed(OfacReport report) {
        var dialog = new Dialog();
        dialog.setId("filing-dialog");
        dialog.setHeaderTitle("Record the filing");
        var reference = new TextField("Reference the reporting system gave");
        reference.setId("filing-reference");
        reference.setWidthFull();
        dialog.add(reference);
        var save = new Button("Record", click -> {
            if (act(() -> work.filed(report.id(), user.username(), reference.getValue()), "Filing recorded.")) {
                dialog.close();
            }
        });
        save.setId("filing-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), save);
        dialog.open();
    }

    private Grid<BlockedProperty> register() {
        var grid = new Grid<BlockedProperty>();
        grid.setId("register-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setHeight("18em");
        grid.addColumn(p -> p.blockedOn().toString()).setHeader("Blocked on").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(BlockedProperty::ownerName).setHeader("Owner").setFlexGrow(2);
        grid.addColumn(p -> p.propertyType().map(PropertyType::label).orElse("to describe")).setHeader("Property")
                .setAutoWidth(true);
        grid.addColumn(p -> p.value().map(v -> v.currency() + " " + v.amount().toPlainString()).orElse(""))
                .setHeader("Value").setAutoWidth(true);
        grid.addColumn(p -> p.status().name()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> p.unblockedOn().map(LocalDate::toString).orElse("")).setHeader("Unblocked on")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(p -> Times.minute(p.recordedAt())).setHeader("Recorded").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(q -> queries.register(new BlockedPropertyRegister.RegisterQuery(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), q.getPage(), q.getPageSize()), p -> p).stream());
        return grid;
    }

    private boolean act(Runnable action, String done) {
        boolean succeeded = Feedback.attempt(action);
        if (succeeded) {
            Feedback.done(done);
            reports.getDataProvider().refreshAll();
        }
        return succeeded;
    }

    private static Button small(String id, String text, Runnable action) {
        var button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return button;
    }
}
