package io.interdict.ui.interfaces.web.admin;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.UploadHandler;
import io.interdict.casework.application.DeltaRescreening;
import io.interdict.casework.application.ListIntake;
import io.interdict.casework.application.ListOperations;
import io.interdict.casework.domain.model.lists.EntryChangeKind;
import io.interdict.casework.domain.model.lists.ListEntryChange;
import io.interdict.casework.domain.model.lists.ListVersionStatus;
import io.interdict.casework.domain.model.lists.StoredListVersion;
import io.interdict.casework.domain.model.rescreening.Rescreening;
import io.interdict.casework.domain.model.rescreening.RescreeningId;
import io.interdict.screening.domain.model.ListSource;
import io.interdict.ui.interfaces.web.support.Feedback;
import io.interdict.ui.interfaces.web.support.LiveProgress;
import io.interdict.ui.interfaces.web.support.Times;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.util.List;
import java.util.function.Supplier;

/**
 * The administrator's list operations: the version log of one list (every version received, which is in force, what
 * each changed), a ZIP of a new version's files uploaded under its publish date, its changes reviewed entry by entry,
 * and any version put in force (a new one, or an earlier one back) with the delta re-screening it starts followed
 * live.
 */
public class ListVersionsPanel extends VerticalLayout {

    /** How often the re-screening's progress is read and pushed while it runs. */
    private static final long PROGRESS_MILLIS = 500;
    /** The largest list (the SDN's XML) zips to well under this. */
    private static final int MAX_ZIP_BYTES = 100 * 1024 * 1024;

    private final ListOperations operations;
    private final ListIntake intake;
    private final DeltaRescreening rescreening;
    private final Supplier<ManagedScheduledExecutorService> scheduler;
    private final String admin;
    private final Runnable inForceChanged;

    private final Select<ListSource> list = new Select<>();
    private final Grid<StoredListVersion> versions = new Grid<>();
    private final TextField label = new TextField("Version (publish date)");
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final LiveProgress watching = new LiveProgress(this, PROGRESS_MILLIS);

    /**
     * @param scheduler      the server's scheduler, once the view has it injected
     * @param inForceChanged told after a version was put in force (the view shows the lists in force anew)
     */
    public ListVersionsPanel(ListOperations operations, ListIntake intake, DeltaRescreening rescreening,
                             Supplier<ManagedScheduledExecutorService> scheduler, String admin,
                             Runnable inForceChanged) {
        this.operations = operations;
        this.intake = intake;
        this.rescreening = rescreening;
        this.scheduler = scheduler;
        this.admin = admin;
        this.inForceChanged = inForceChanged;
        setPadding(false);
        list.setId("version-log-list");
        list.setLabel("List");
        list.setItems(ListSource.values());
        list.setItemLabelGenerator(s -> s.key() + " · " + s.title());
        list.setValue(ListSource.US_OFAC_SDN);
        list.addValueChangeListener(change -> refresh());
        list.setWidth("30em");
        add(list, versionGrid(), rescreeningProgress(), uploadForm());
        refresh();
    }

    private Grid<StoredListVersion> versionGrid() {
        versions.setId("version-log");
        versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        versions.setAllRowsVisible(true);
        versions.addColumn(StoredListVersion::label).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> v.status().name()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> v.origin().name().toLowerCase(java.util.Locale.ROOT)).setHeader("From")
                .setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(StoredListVersion::entries).setHeader("Entries").setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> v.baseVersionId().isEmpty() ? "first version"
                : "+" + v.added() + " −" + v.removed() + " ~" + v.changed()).setHeader("Against the one in force")
                .setAutoWidth(true);
        versions.addColumn(v -> v.receivedBy() + ", " + Times.minute(v.receivedAt())).setHeader("Received");
        versions.addColumn(v -> v.activatedAt().map(at -> v.activatedBy().orElse("") + ", " + Times.minute(at))
                .orElse("—")).setHeader("Last put in force");
        versions.addComponentColumn(this::actions).setHeader("").setWidth("17em").setFlexGrow(0);
        return versions;
    }

    private HorizontalLayout actions(StoredListVersion version) {
        var changes = new Button("Changes", click -> showChanges(version));
        changes.setId("changes-" + version.label());
        changes.setEnabled(version.baseVersionId().isPresent());
        boolean inForce = version.status() == ListVersionStatus.IN_FORCE;
        var activate = new Button(version.status() == ListVersionStatus.RETIRED ? "Put back in force" : "Put in force",
                click -> confirmActivation(version));
        activate.setId("activate-" + version.label());
        activate.setEnabled(!inForce);
        activate.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        changes.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(changes, activate);
    }

    private VerticalLayout uploadForm() {
        label.setId("version-label");
        // the name is read when the file arrives, which may be before the field loses the focus
        label.setValueChangeMode(ValueChangeMode.EAGER);
        label.setPlaceholder("2026-12-01");
        label.setHelperText("YYYY-MM-DD, optionally with a suffix: 2026-12-01_xml");
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
            UI ui = UI.getCurrent();
            ui.access(() -> receive(bytes));
        }));
        upload.setId("version-upload");
        upload.setAcceptedFileTypes("application/zip", ".zip");
        upload.setMaxFileSize(MAX_ZIP_BYTES);
        upload.addFileRejectedListener(e -> Feedback.refused(e.getErrorMessage()));
        var form = new VerticalLayout(new H4("Receive a new version"), new Paragraph("A ZIP of the list's files as"
                + " the publisher gives them (the OFAC CSV set, the XML, the spreadsheet). It is read in full and"
                + " compared with the version in force; nothing is screened against it until you put it in force."),
                label, upload);
        form.setPadding(false);
        return form;
    }

    private void receive(byte[] zip) {
        String name = label.getValue().strip();
        var problem = StoredListVersion.labelProblem(name);
        if (problem.isPresent()) {
            label.setInvalid(true);
            label.setErrorMessage("The version " + problem.get());
            Feedback.refused("Name the version first: it " + problem.get() + ".");
            return;
        }
        label.setInvalid(false);
        if (Feedback.attempt(() -> {
            ListIntake.Taken taken = intake.take(list.getValue(), name, zip, admin);
            StoredListVersion stored = taken.received();
            Feedback.done(stored.source().key() + " " + stored.label() + " received: " + stored.entries()
                    + " entries, +" + stored.added() + " −" + stored.removed() + " ~" + stored.changed()
                    + " against the version in force. " + (taken.activation().isPresent()
                    ? "Put in force at once by the auto-activate rule; re-screening." : "Not in force yet."));
            taken.activation().ifPresent(activation -> {
                watch(activation.rescreening().id());
                inForceChanged.run();
            });
        })) {
            label.clear();
        }
        refresh();
    }

    private void showChanges(StoredListVersion version) {
        List<ListEntryChange> changes = operations.changes(version.source(), version.id());
        var dialog = new Dialog();
        dialog.setId("changes-dialog");
        dialog.setHeaderTitle(version.source().key() + " " + version.label() + ": +" + version.added() + " −"
                + version.removed() + " ~" + version.changed());
        dialog.setWidth("70em");
        var grid = new Grid<ListEntryChange>();
        grid.setId("changes-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(c -> label(c.kind())).setHeader("").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ListEntryChange::entryId).setHeader("Entry").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ListEntryChange::entryName).setHeader("Name").setFlexGrow(1);
        grid.addColumn(ListEntryChange::entryType).setHeader("Type").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> String.join("; ", c.changes())).setHeader("What changed").setFlexGrow(2);
        grid.setItems(changes);
        grid.setHeight("28em");
        dialog.add(grid);
        var close = new Button("Close", click -> dialog.close());
        close.setId("changes-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private static String label(EntryChangeKind kind) {
        return switch (kind) {
            case ADDED -> "added";
            case REMOVED -> "removed";
            case CHANGED -> "changed";
        };
    }

    private void confirmActivation(StoredListVersion version) {
        var dialog = new Dialog();
        dialog.setId("activate-dialog");
        dialog.setHeaderTitle("Put " + version.source().key() + " " + version.label() + " in force?");
        dialog.add(new Paragraph("Screenings are matched against it from the moment it is in force; none is"
                + " refused meanwhile. The stored parties that could match an entry it adds or changes are then"
                + " re-screened, and open cases of entries it no longer holds are noted."));
        var confirm = new Button("Put in force", click -> {
            dialog.close();
            activate(version);
        });
        confirm.setId("activate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
    }

    private void activate(StoredListVersion version) {
        Feedback.attempt(() -> {
            ListOperations.Activation activation = operations.activate(version.source(), version.id(), admin);
            Feedback.done(version.source().key() + " " + version.label() + " is in force (index built in "
                    + activation.indexTime().toMillis() + " ms); re-screening the parties that could match.");
            watch(activation.rescreening().id());
        });
        inForceChanged.run();
        refresh();
    }

    private Div rescreeningProgress() {
        progress.setId("rescreening-progress");
        progress.setVisible(false);
        progressText.setId("rescreening-progress-text");
        return new Div(progress, progressText);
    }

    private void watch(RescreeningId id) {
        show(rescreening.find(id));
        watching.watch(scheduler.get(), () -> rescreening.find(id), this::show);
    }

    private void show(Rescreening run) {
        progress.setVisible(true);
        boolean scanning = run.scannedAt().isEmpty();
        progress.setIndeterminate(scanning && run.status().unfinished());
        progress.setValue(scanning ? 0 : run.candidates() == 0 ? 1 : (double) run.screened() / run.candidates());
        progressText.setText("Re-screening " + run.source().key() + " " + run.versionLabel() + ": " + run.status()
                + ", " + counted(run.partiesScanned(), "stored party", "stored parties") + " read"
                + (scanning ? "" : ", " + run.screened() + " of " + run.candidates() + " that could match re-screened, "
                + counted(run.hits(), "new hit", "new hits") + ", " + counted(run.casesOpened(), "case", "cases")
                + " opened, " + counted(run.casesNoted(), "open case", "open cases") + " noted")
                + run.message().map(m -> "; " + m).orElse(""));
        if (!run.status().unfinished()) {
            watching.stop();
        }
    }

    private static String counted(int count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }

    private void refresh() {
        versions.setItems(operations.versions(list.getValue()));
    }
}
