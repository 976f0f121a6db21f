package io.interdict.ui.interfaces.web;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import io.interdict.casework.application.ActiveLists;
import io.interdict.casework.application.BatchQueries;
import io.interdict.casework.application.BatchSubmission;
import io.interdict.casework.application.DeltaRescreening;
import io.interdict.casework.application.ListIntake;
import io.interdict.casework.application.ListOperations;
import io.interdict.casework.application.ListsUnavailable;
import io.interdict.casework.domain.model.batch.BatchStatus;
import io.interdict.casework.domain.model.batch.ScreeningBatch;
import io.interdict.casework.domain.model.suppression.AcceptedFalseHit;
import io.interdict.casework.domain.model.suppression.AcceptedFalseHits;
import io.interdict.casework.interfaces.rest.CsvBatchReader;
import io.interdict.casework.interfaces.rest.InvalidRequest;
import io.interdict.screening.domain.model.list.SanctionsList;
import io.interdict.ui.infrastructure.security.OidcSession;
import io.interdict.ui.interfaces.web.admin.BatchResultsCsv;
import io.interdict.ui.interfaces.web.admin.ListVersionsPanel;
import io.interdict.ui.interfaces.web.support.Feedback;
import io.interdict.ui.interfaces.web.support.LiveProgress;
import io.interdict.ui.interfaces.web.support.Times;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The administrator's desk: the list versions in force (version, publish date, hash, entries by type, what the load
 * said), the version log with uploads, changes, activation and the re-screening it starts, batch screenings (a CSV submitted here, its progress pushed to the browser as the batch job screens, the
 * results to download), and the register of hits accepted as false.
 */
@Route(value = "admin/lists", layout = MainLayout.class)
@PageTitle("Lists and batches · Interdict")
@RolesAllowed("admin")
public class ListAdministrationView extends VerticalLayout {

    /** How often the batch's progress is read and pushed while it runs. */
    private static final long PROGRESS_MILLIS = 500;

    private final BatchSubmission submission;
    private final BatchQueries batches;
    private final String admin = OidcSession.signedInUser().username();

    @Resource(lookup = "java:jboss/ee/concurrency/scheduler/default")
    ManagedScheduledExecutorService scheduler;

    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Div results = new Div();
    private final LiveProgress watching = new LiveProgress(this, PROGRESS_MILLIS);

    private final Grid<SanctionsList> inForce = new Grid<>();

    @Inject
    public ListAdministrationView(ActiveLists lists, BatchSubmission submission, BatchQueries batches,
                                  AcceptedFalseHits acceptedFalseHits, ListOperations operations,
                                  ListIntake intake, DeltaRescreening rescreening) {
        this.submission = submission;
        this.batches = batches;
        setWidthFull();
        var heading = new H2("Sanctions lists");
        heading.setId("view-heading");
        add(heading, listVersions(lists), new H3("Versions and re-screening"),
                new ListVersionsPanel(operations, intake, rescreening, () -> scheduler, admin, () -> showInForce(lists)),
                new H3("Batch screening"), batchPanel(), new H3("Accepted false hits"), acceptList(acceptedFalseHits));
    }

    private VerticalLayout listVersions(ActiveLists lists) {
        var grid = inForce;
        grid.setId("list-versions");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(l -> l.source().key()).setHeader("List").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.source().title()).setHeader("Publisher's list").setFlexGrow(2);
        grid.addColumn(l -> l.version().label()).setHeader("Version").setAutoWidth(true);
        grid.addColumn(l -> l.version().publishDate().map(Object::toString).orElse("—")).setHeader("Published")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(l -> l.version().sha256().substring(0, 12) + "…").setHeader("SHA-256").setAutoWidth(true)
                .setFlexGrow(0).setTooltipGenerator(l -> l.version().sha256());
        grid.addColumn(l -> countsOf(l.countsByType())).setHeader("Entries by type").setFlexGrow(2);
        grid.addColumn(SanctionsList::size).setHeader("Entries").setAutoWidth(true).setFlexGrow(0);
        var section = new VerticalLayout(grid);
        section.setPadding(false);
        if (!showInForce(lists)) {
            section.add(new Paragraph("No lists are loaded: upload a version below, or set the lists directory."));
        }
        var messages = new Div();
        messages.setId("list-load-messages");
        messages.addClassName("muted");
        lists.loadMessages().forEach(message -> messages.add(new Div(message)));
        section.add(messages);
        return section;
    }

    /** The lists in force now; false when none is. */
    private boolean showInForce(ActiveLists lists) {
        try {
            inForce.setItems(lists.inForce().screener().lists());
            return true;
        } catch (ListsUnavailable unavailable) {
            inForce.setItems(java.util.List.of());
            return false;
        }
    }

    private static String countsOf(Map<?, Integer> counts) {
        return counts.entrySet().stream().map(e -> e.getKey().toString().toLowerCase(Locale.ROOT) + " "
                + e.getValue()).collect(Collectors.joining(", "));
    }

    private VerticalLayout batchPanel() {
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            submit(bytes, ui);
        }));
        upload.setId("batch-upload");
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFileSize(50 * 1024 * 1024);
        upload.addFileRejectedListener(e -> Feedback.refused(e.getErrorMessage()));
        progress.setId("batch-progress");
        progress.setVisible(false);
        progressText.setId("batch-progress-text");
        results.setId("batch-results");
        var section = new VerticalLayout(new Paragraph("A CSV with a header: name,type,country,dateOfBirth,reference"
                + " (or id,name,type,country,dob). Each party is screened as a single screening would be; hits open"
                + " cases."), upload, progress, progressText, results);
        section.setPadding(false);
        return section;
    }

    /** Runs in the upload's request; the batch is stored and launched there, the view updated under the UI's lock. */
    private void submit(byte[] csv, UI ui) {
        try {
            ScreeningBatch batch = submission.submit(CsvBatchReader.read(new ByteArrayInputStream(csv)), admin);
            submission.launch(batch);
            ui.access(() -> watch(batch));
        } catch (InvalidRequest invalid) {
            ui.access(() -> Feedback.refused("The CSV was not accepted: " + invalid.getMessage()));
        }
    }

    private void watch(ScreeningBatch batch) {
        results.removeAll();
        show(batch);
        UUID id = batch.id();
        watching.watch(scheduler, () -> batches.report(id, 0, 1).batch(), this::show);
    }

    private void show(ScreeningBatch batch) {
        progress.setVisible(true);
        progress.setValue(batch.total() == 0 ? 1 : (double) batch.screened() / batch.total());
        progressText.setText(batch.status() + ": " + batch.screened() + " of " + batch.total() + " screened, "
                + batch.hits() + " with hits" + (batch.rejected() > 0 ? ", " + batch.rejected() + " rows rejected" : "")
                + batch.failure().map(f -> "; " + f).orElse(""));
        if (batch.status() == BatchStatus.COMPLETED || batch.status() == BatchStatus.FAILED) {
            watching.stop();
            if (results.getChildren().findAny().isEmpty()) {
                UUID id = batch.id();
                var download = new Anchor(DownloadHandler.fromInputStream(event -> {
                    byte[] csv = BatchResultsCsv.of(batches, id);
                    return new DownloadResponse(new ByteArrayInputStream(csv), "batch-" + id + "-results.csv",
                            "text/csv", csv.length);
                }), "Download the results (CSV)");
                download.setId("batch-download");
                results.add(download);
            }
        }
    }

    private Grid<AcceptedFalseHit> acceptList(AcceptedFalseHits accepted) {
        var grid = new Grid<AcceptedFalseHit>();
        grid.setId("accept-list");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setHeight("18em");
        grid.addColumn(h -> Times.minute(h.acceptedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AcceptedFalseHit::acceptedBy).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(h -> h.key().partyReference()).setHeader("Party reference").setAutoWidth(true);
        grid.addColumn(h -> h.key().listEntryKey()).setHeader("List entry").setAutoWidth(true);
        grid.addColumn(h -> h.caseId().toString()).setHeader("Case").setFlexGrow(2);
        grid.setItems(q -> accepted.newest(q.getPage(), q.getPageSize()).stream());
        return grid;
    }
}
