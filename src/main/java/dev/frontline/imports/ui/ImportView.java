package dev.frontline.imports.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

import dev.frontline.imports.HistoryOptions;
import dev.frontline.imports.ImportCharset;
import dev.frontline.imports.ImportFileRefusedException;
import dev.frontline.imports.ImportLimits;
import dev.frontline.imports.ImportTooLargeException;
import dev.frontline.imports.ImportChange;
import dev.frontline.imports.ImportJobs;
import dev.frontline.imports.ImportKind;
import dev.frontline.imports.ImportResult;
import dev.frontline.imports.ImportRoles;
import dev.frontline.imports.ImportService;
import dev.frontline.imports.csv.ImportError;
import dev.frontline.jobs.JobRecord;
import dev.frontline.jobs.JobService;
import dev.frontline.jobs.JobWatcher;
import dev.frontline.security.Roles;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.jobs.ui.JobProgressBar;
import jakarta.annotation.security.RolesAllowed;

/**
 * Upload a CSV file, see what it would change (or why it is refused, row by row), then commit it; and export the same
 * kinds in the same form. The preview runs in the request; the commit is a background job on any node, with its
 * progress and stop ({@link JobProgressBar}). HR, who own the quality data, see the page with the agents' daily KPIs
 * as their only kind and no exports ({@link ImportRoles}).
 */
@Route("imports")
@RolesAllowed({Roles.PLANNER, Roles.HR})
@Menu(title = "nav.imports", order = 20, icon = "vaadin:upload")
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger LOG = LoggerFactory.getLogger(ImportView.class);

    private final ImportService imports;
    private final ImportJobs commits;
    private final ImportLimits limits;

    final Select<ImportKind> kind = new Select<>();
    final ComboBox<String> queue = new ComboBox<>();
    final ComboBox<String> timeZone = new ComboBox<>();
    final Select<ImportCharset> charset = new Select<>();
    final Upload upload;
    final Span fileName = new Span();
    final Button preview = new Button();
    final Button commit = new Button();
    final JobProgressBar progress;
    final Span summary = new Span();
    final Grid<ImportChange> changes = new Grid<>();
    final Grid<ImportError> errors = new Grid<>();
    final ComboBox<String> exportQueue = new ComboBox<>();

    private Path file;
    private String name;

    public ImportView(ImportService imports, ImportJobs commits, ImportLimits limits, JobService jobs,
                      JobWatcher watcher, ImportRoles roles) {
        this.imports = imports;
        this.commits = commits;
        this.limits = limits;
        this.progress = new JobProgressBar(jobs, watcher, "import");
        progress.onEnd(this::committed);
        setId("import-view");
        add(new H2(getTranslation("imports.title")), new Paragraph(getTranslation("imports.intro")));

        kind.setId("import-kind");
        kind.setLabel(getTranslation("imports.kind"));
        List<ImportKind> kinds = java.util.Arrays.stream(ImportKind.values()).filter(roles::mayImport).toList();
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> getTranslation("imports.kind." + k.path()));
        kind.setValue(kinds.contains(ImportKind.HISTORY) ? ImportKind.HISTORY : kinds.get(0));
        kind.addValueChangeListener(e -> optionsChanged());

        // the queue list and the exports are the planner's (HR import KPIs only)
        boolean planner = kinds.contains(ImportKind.HISTORY);
        List<String> queues = planner ? imports.queueCodes() : List.of();
        queue.setId("import-queue");
        queue.setLabel(getTranslation("imports.queue"));
        queue.setHelperText(getTranslation("imports.queue.helper"));
        queue.setItems(queues);
        queue.setClearButtonVisible(true);
        queue.addValueChangeListener(e -> optionsChanged());

        timeZone.setId("import-time-zone");
        timeZone.setLabel(getTranslation("imports.time-zone"));
        timeZone.setHelperText(getTranslation("imports.time-zone.helper"));
        timeZone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        timeZone.setClearButtonVisible(true);
        timeZone.addValueChangeListener(e -> optionsChanged());

        charset.setId("import-charset");
        charset.setLabel(getTranslation("imports.charset"));
        charset.setHelperText(getTranslation("imports.charset.helper"));
        charset.setItems(ImportCharset.values());
        charset.setItemLabelGenerator(c -> getTranslation("imports.charset." + c.name().toLowerCase(java.util.Locale.ROOT)));
        charset.setValue(ImportCharset.UTF_8);
        charset.addValueChangeListener(e -> optionsChanged());

        upload = new Upload(UploadHandler.toTempFile((metadata, uploaded) -> received(metadata.fileName(), uploaded.toPath())));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        upload.addFileRejectedListener(e -> summary.setText(getTranslation("imports.too-large", e.getFileName(),
                limits.maxFileSize().render(getLocale()))));
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        upload.setDropLabel(new Span(getTranslation("imports.drop")));
        fileName.setId("import-file");

        preview.setId("import-preview");
        preview.setText(getTranslation("imports.preview"));
        preview.setEnabled(false);
        preview.addClickListener(e -> preview());
        commit.setId("import-commit");
        commit.setText(getTranslation("imports.commit"));
        commit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        commit.setEnabled(false);
        commit.addClickListener(e -> commit());
        summary.setId("import-summary");

        changes.setId("import-changes");
        changes.addColumn(ImportChange::line).setHeader(getTranslation("imports.column.line")).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(c -> getTranslation("imports.action." + (c.action() == ImportChange.Action.CHANGED
                        && !imports.exportable(kind.getValue()) ? "replaced" : c.action().name().toLowerCase(java.util.Locale.ROOT))))
                .setHeader(getTranslation("imports.column.action")).setAutoWidth(true).setFlexGrow(0);
        changes.addColumn(ImportChange::key).setHeader(getTranslation("imports.column.key")).setAutoWidth(true);
        changes.addColumn(ImportChange::details).setHeader(getTranslation("imports.column.details")).setFlexGrow(1);
        changes.setAllRowsVisible(false);
        changes.setHeight("320px");
        changes.setVisible(false);

        errors.setId("import-errors");
        errors.addColumn(ImportError::line).setHeader(getTranslation("imports.column.line")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(ImportError::column).setHeader(getTranslation("imports.column.column")).setAutoWidth(true).setFlexGrow(0);
        errors.addColumn(e -> e.message(getLocale())).setHeader(getTranslation("imports.column.message")).setFlexGrow(1);
        errors.setHeight("320px");
        errors.setVisible(false);

        HorizontalLayout options = new HorizontalLayout(kind, charset, queue, timeZone);
        options.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        HorizontalLayout actions = new HorizontalLayout(preview, commit, fileName);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(options, upload, actions, progress, summary, errors, changes);
        if (planner) {
            add(exports(queues));
        }
        setWidthFull();
        optionsChanged();
        // back on the page while a commit of theirs still runs, here or on another node: follow it again
        commits.running().ifPresent(job -> {
            setRunning(true);
            progress.follow(job);
        });
    }

    private VerticalLayout exports(List<String> queues) {
        HorizontalLayout masterData = new HorizontalLayout();
        for (ImportKind k : List.of(ImportKind.CONTRACTS, ImportKind.SHIFT_TEMPLATES, ImportKind.AGENTS)) {
            Anchor anchor = new Anchor(download(k), AttachmentType.DOWNLOAD, getTranslation("imports.export." + k.path()));
            anchor.setId("export-" + k.path());
            masterData.add(anchor);
        }
        exportQueue.setId("export-queue");
        exportQueue.setLabel(getTranslation("imports.export.queue"));
        exportQueue.setItems(queues);
        if (!queues.isEmpty()) {
            exportQueue.setValue(queues.get(0));
        }
        Anchor history = new Anchor(download(ImportKind.HISTORY), AttachmentType.DOWNLOAD,
                getTranslation("imports.export.history"));
        history.setId("export-history");
        HorizontalLayout historyRow = new HorizontalLayout(exportQueue, history);
        historyRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(new H3(getTranslation("imports.export.title")), masterData, historyRow);
        section.setPadding(false);
        return section;
    }

    private DownloadHandler download(ImportKind exportKind) {
        return event -> {
            String exportQueueCode = exportQueue.getValue();
            event.setContentType("text/csv;charset=UTF-8");
            event.setFileName(exportKind.path() + (exportKind == ImportKind.HISTORY ? "-" + exportQueueCode : "") + ".csv");
            try {
                Writer out = new OutputStreamWriter(event.getOutputStream(), StandardCharsets.UTF_8);
                if (exportKind == ImportKind.HISTORY) {
                    imports.exportHistory(exportQueueCode, null, null, out);
                } else {
                    imports.exportMasterData(exportKind, out);
                }
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    /** The uploaded file replaces the previous one; a new file needs a new preview before it can be committed. */
    void received(String name, Path uploaded) {
        deleteFile();
        file = uploaded;
        this.name = name;
        fileName.setText(getTranslation("imports.file", name));
        optionsChanged();
    }

    private void optionsChanged() {
        boolean history = kind.getValue() == ImportKind.HISTORY;
        queue.setVisible(history);
        timeZone.setVisible(history);
        preview.setEnabled(file != null && !progress.isActive());
        commit.setEnabled(false);
        summary.setText("");
        changes.setVisible(false);
        errors.setVisible(false);
    }

    private HistoryOptions options() {
        return kind.getValue() == ImportKind.HISTORY
                ? new HistoryOptions(queue.getValue(), timeZone.getValue() == null ? null : ZoneId.of(timeZone.getValue()), null)
                : HistoryOptions.NONE;
    }

    /** Checks the file and compares it with the database, writing nothing; a clean preview may then be committed. */
    private void preview() {
        if (file == null) {
            return;
        }
        summary.setText("");
        ImportResult result;
        try (InputStream in = Files.newInputStream(file)) {
            result = imports.importFile(kind.getValue(), in, charset.getValue(), Files.size(file), options(), false,
                    Progress.NONE, Cancellation.NONE);
        } catch (ImportTooLargeException e) {
            summary.setText(getTranslation("imports.too-large", name, limits.maxFileSize().render(getLocale())));
            return;
        } catch (IOException e) {
            unreadable(e);
            return;
        }
        show(result);
        commit.setEnabled(result.valid());
    }

    /** The uploaded copy on the server could not be read back: a fault of ours, logged, not the planner's file. */
    private void unreadable(IOException e) {
        LOG.warn("The uploaded file {} could not be read back", name, e);
        summary.setText(getTranslation("imports.unreadable", name));
    }

    /** Hands the file to a commit job, which any node may run; the outcome comes back through {@link #committed}. */
    private void commit() {
        if (file == null) {
            return;
        }
        JobRecord job;
        try (InputStream in = Files.newInputStream(file)) {
            job = commits.commit(kind.getValue(), name, in, charset.getValue(), options());
        } catch (ImportFileRefusedException e) {
            show(e.result());
            return;
        } catch (ImportTooLargeException e) {
            summary.setText(getTranslation("imports.too-large", name, limits.maxFileSize().render(getLocale())));
            return;
        } catch (IOException e) {
            unreadable(e);
            return;
        }
        setRunning(true);
        progress.follow(job);
    }

    private void committed(JobRecord job) {
        setRunning(false);
        switch (job.state()) {
            case DONE -> commits.result(job).ifPresent(this::show);
            case CANCELLED -> summary.setText(getTranslation("imports.cancelled"));
            // a failure: the progress control shows the error to the planner who started the commit
            default -> summary.setText("");
        }
    }

    void show(ImportResult result) {
        errors.setVisible(!result.valid());
        changes.setVisible(result.valid() && !result.changes().isEmpty());
        if (!result.valid()) {
            errors.setItems(result.errors());
            summary.setText(getTranslation(result.errorCount() > result.errors().size() ? "imports.refused.more" : "imports.refused",
                    result.errorCount(), result.rows(), result.errors().size()));
            return;
        }
        changes.setItems(result.changes());
        // KPIs and service actuals replace what is stored for the same agent-day or queue-interval: say so
        String replacing = imports.exportable(result.kind()) ? "" : ".replace";
        summary.setText(getTranslation((result.committed() ? "imports.committed" : "imports.previewed") + replacing,
                result.rows(), result.created(), result.changed(), result.unchanged()));
    }

    private void setRunning(boolean on) {
        preview.setEnabled(!on && file != null);
        commit.setEnabled(false);
        kind.setEnabled(!on);
        charset.setEnabled(!on);
        upload.setVisible(!on);
    }

    private void deleteFile() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
            file = null;
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // a commit under way goes on: its file is in the database
        deleteFile();
        super.onDetach(detachEvent);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title");
    }
}
