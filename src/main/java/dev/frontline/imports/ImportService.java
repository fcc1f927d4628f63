package dev.frontline.imports;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import dev.frontline.imports.csv.HistoryRows;
import dev.frontline.imports.csv.ImportError;
import dev.frontline.imports.persistence.HistoryExportRepository;
import dev.frontline.imports.persistence.ImportLockRepository;
import dev.frontline.imports.persistence.ImportUploadRepository;
import dev.frontline.security.CurrentUser;
import dev.frontline.shared.csv.CsvInputException;
import dev.frontline.shared.csv.CsvReader;
import dev.frontline.shared.csv.SafeCsvPrinter;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;
import dev.frontline.shared.text.PhraseJson;
import dev.frontline.shared.text.RefusedValueException;

/**
 * Imports and exports of master data and contact history, the one path behind the UI, the REST API and the CLI. An
 * import runs in one transaction: a preview (or a refused file) rolls it back, so only a clean, committed file leaves
 * anything in the database. A commit from the UI or the REST API is a background job ({@link ImportJobs}) over a file
 * kept in the database; the command line commits on its own thread through {@link #importFile}. Every file is read
 * within {@link ImportLimits} and decoded strictly in its {@link ImportCharset}; commits of one kind run one after the
 * other ({@link ImportLockRepository}); every export is guarded against spreadsheet formulas ({@link SafeCsvPrinter}).
 */
@Service
public class ImportService {

    /** What a stopped import says; its transaction is rolled back. */
    static final String CANCELLED = "The import was cancelled; nothing was saved.";

    /** Results kept with their upload; a mapper of its own, as the command line has no web stack to borrow one from. */
    private static final JsonMapper JSON = JsonMapper.builder().addModule(new tools.jackson.databind.module.SimpleModule()
            .addSerializer(Phrase.class, new tools.jackson.databind.ValueSerializer<Phrase>() {
                @Override
                public void serialize(Phrase phrase, tools.jackson.core.JsonGenerator out,
                                      tools.jackson.databind.SerializationContext context) {
                    // each argument keeps its type (a nested phrase stays a phrase), so it renders in any language later
                    out.writeString(PhraseJson.encode(phrase));
                }
            })
            .addDeserializer(Phrase.class, new tools.jackson.databind.ValueDeserializer<Phrase>() {
                @Override
                public Phrase deserialize(tools.jackson.core.JsonParser in,
                                          tools.jackson.databind.DeserializationContext context) {
                    return PhraseJson.decode(in.getString());
                }
            })).build();

    private final HistoryExportRepository exports;
    private final ImportUploadRepository uploads;
    private final ImportLockRepository locks;
    private final ImportLimits limits;
    private final CurrentUser currentUser;
    private final TransactionTemplate transaction;
    private final HistoryImporter history;
    private final ObjectProvider<ImportHandler> handlers;
    private final ImportRoles roles;

    ImportService(HistoryExportRepository exports, ImportUploadRepository uploads, ImportLockRepository locks,
                  ImportLimits limits, CurrentUser currentUser, PlatformTransactionManager transactions,
                  HistoryImporter history, ObjectProvider<ImportHandler> handlers, ImportRoles roles) {
        this.exports = exports;
        this.uploads = uploads;
        this.locks = locks;
        this.limits = limits;
        this.currentUser = currentUser;
        this.transaction = new TransactionTemplate(transactions);
        this.history = history;
        this.handlers = handlers;
        this.roles = roles;
    }

    /** The handler of every kind but history ({@link ImportHandler}): master data here, the rest in their features. */
    private ImportHandler handler(ImportKind kind) {
        return handlers.orderedStream().filter(h -> h.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalStateException("no importer for " + kind + " is installed"));
    }

    /**
     * Whether {@code kind} has an export in the form its import reads: history has; every other kind's handler says
     * so itself ({@link ImportHandler#exportable()}).
     */
    public boolean exportable(ImportKind kind) {
        return kind == ImportKind.HISTORY || handler(kind).exportable();
    }

    /** {@link #importFile(ImportKind, InputStream, ImportCharset, long, HistoryOptions, boolean, Progress, Cancellation)} of a UTF-8 file. */
    @PreAuthorize("@importRoles.mayImport(#kind)")
    public ImportResult importFile(ImportKind kind, InputStream file, long size, HistoryOptions options, boolean commit,
                                   Progress progress, Cancellation cancellation) {
        return importFile(kind, file, ImportCharset.UTF_8, size, options, commit, progress, cancellation);
    }

    /**
     * Reads {@code file} (CSV of the given kind in {@code charset}), checks every row and compares it with the
     * database; with {@code commit} and no errors, writes the new and changed records. {@code size} is the file's
     * length for progress (0 when unknown); {@code options} apply to history only. Runs on the caller's thread:
     * previews, the REST preview and the command line; the UI and REST commits go through {@link #upload} and a
     * commit job. A file beyond the size limit is an {@link ImportTooLargeException}. Planners import every kind, HR
     * the agents' daily KPIs ({@link ImportRoles}).
     */
    @PreAuthorize("@importRoles.mayImport(#kind)")
    public ImportResult importFile(ImportKind kind, InputStream file, ImportCharset charset, long size,
                                   HistoryOptions options, boolean commit, Progress progress,
                                   Cancellation cancellation) {
        limits.checkAnnouncedSize(size);
        return transaction.execute(status -> {
            ImportResult result = read(kind, new SizeLimitedInputStream(file, limits), charset, size, options, commit,
                    progress, cancellation);
            if (!result.committed()) {
                status.setRollbackOnly();
            }
            return result;
        });
    }

    /**
     * Keeps a file to commit in the database, so whichever node runs the commit job reads it; returns its id. The
     * role is checked here, when the planner asks, not later on the node that runs the job.
     */
    @PreAuthorize("@importRoles.mayImport(#kind)")
    public long upload(ImportKind kind, String fileName, InputStream file, HistoryOptions options) {
        return upload(kind, fileName, file, ImportCharset.UTF_8, options);
    }

    /**
     * As {@link #upload(ImportKind, String, InputStream, HistoryOptions)} for a file in {@code charset}: it is
     * decoded strictly as it arrives and kept as UTF-8, so the commit job reads it like any other. A file beyond the
     * size limit is an {@link ImportTooLargeException}; one with a byte not valid in its character set or a cell
     * beyond the length limit is an {@link ImportFileRefusedException} naming the line, and nothing is kept.
     */
    @PreAuthorize("@importRoles.mayImport(#kind)")
    public long upload(ImportKind kind, String fileName, InputStream file, ImportCharset charset,
                       HistoryOptions options) {
        HistoryOptions o = options == null ? HistoryOptions.NONE : options;
        byte[] content = utf8(kind, new SizeLimitedInputStream(file, limits), charset);
        return uploads.insert(kind.name(), fileName, content, o.queueCode(),
                o.timeZone() == null ? null : o.timeZone().getId(), o.grainMinutes(),
                currentUser.require().getUsername());
    }

    /**
     * Commits a stored file, all or nothing: the rows and the record of the result are written in one transaction,
     * so a job that runs again after its node died finds either both or neither. A refused file writes no rows; its
     * errors are kept as its result.
     */
    @PreAuthorize("@importRoles.mayImportAny()")
    public ImportResult commitUpload(long uploadId, Progress progress, Cancellation cancellation) {
        ImportUploadRepository.Upload upload = uploads.find(uploadId)
                .orElseThrow(() -> new dev.frontline.shared.text.PhrasedStateException(
                        Phrase.of("imports.failure.upload-gone", uploadId)));
        if (!roles.mayImport(ImportKind.valueOf(upload.kind()))) {
            throw new AccessDeniedException("may not import " + ImportKind.valueOf(upload.kind()).path() + " files");
        }
        if (upload.content() == null) {
            throw new dev.frontline.shared.text.PhrasedStateException(
                    Phrase.of("imports.failure.file-gone", upload.fileName()));
        }
        HistoryOptions options = new HistoryOptions(upload.queueCode(),
                upload.timeZone() == null ? null : ZoneId.of(upload.timeZone()), upload.grainMinutes());
        ImportResult result = transaction.execute(status -> {
            ImportResult read = read(ImportKind.valueOf(upload.kind()), new ByteArrayInputStream(upload.content()),
                    ImportCharset.UTF_8, upload.sizeBytes(), options, true, progress, cancellation);
            if (read.committed()) {
                uploads.finish(uploadId, JSON.writeValueAsString(read));
            } else {
                status.setRollbackOnly();
            }
            return read;
        });
        if (!result.committed()) {
            uploads.finish(uploadId, JSON.writeValueAsString(result));
        }
        return result;
    }

    /** The file as UTF-8, read strictly in its character set with cells no longer than the limit. */
    private byte[] utf8(ImportKind kind, InputStream file, ImportCharset charset) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        char[] buffer = new char[1 << 14];
        try (Reader in = CsvReader.limitCells(CsvReader.decode(file, charset.charset()), limits.maxCellLength());
             Writer out = new OutputStreamWriter(content, StandardCharsets.UTF_8)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                out.write(buffer, 0, n);
            }
        } catch (CsvInputException refused) {
            throw new ImportFileRefusedException(kind, new ImportError(refused.error().line(), refused.error().column(),
                    refused.error().reason()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
        return content.toByteArray();
    }

    /** What the commit of a stored file found or wrote; empty while it runs or when it stopped or failed. */
    @PreAuthorize("@importRoles.mayImportAny()")
    public Optional<ImportResult> uploadResult(long uploadId) {
        return uploads.result(uploadId).map(json -> JSON.readValue(json, ImportResult.class));
    }

    /** Forgets a stored file whose commit ended without a result; a new commit uploads it again. */
    void dropUpload(long uploadId) {
        uploads.dropContent(uploadId);
    }

    private ImportResult read(ImportKind kind, InputStream file, ImportCharset charset, long size,
                              HistoryOptions options, boolean commit, Progress progress, Cancellation cancellation) {
        Reader reader = CsvReader.decode(file, charset.charset());
        Runnable lock = () -> locks.lockForCommit(kind.ordinal());
        ImportResult result;
        try {
            if (kind == ImportKind.HISTORY) {
                result = history.run(reader, limits.maxCellLength(), size,
                        options == null ? HistoryOptions.NONE : options, commit, lock, progress, cancellation);
            } else {
                result = handler(kind).run(reader, limits.maxCellLength(), size, commit, lock, progress, cancellation);
            }
        } catch (RuntimeException e) {
            // the size limit may surface wrapped by the database driver (the history streams through COPY)
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof ImportTooLargeException tooLarge) {
                    throw tooLarge;
                }
            }
            throw e;
        }
        // the last chance to stop: after this the caller's transaction commits
        cancellation.throwIfCancelled(CANCELLED);
        return result;
    }

    /** Writes every record of a master-data kind as CSV in the form its import reads. */
    @PreAuthorize("hasRole('PLANNER')")
    public void exportMasterData(ImportKind kind, Writer out) {
        if (kind == ImportKind.HISTORY) {
            throw new IllegalArgumentException("history is exported per queue; use exportHistory");
        }
        if (!exportable(kind)) {
            throw new RefusedValueException("kind", Phrase.of("imports.error.import-only", kind.path()));
        }
        transaction.executeWithoutResult(status -> handler(kind).export(out));
    }

    /**
     * Writes a queue's history for local days in [from, to) (null: unbounded) as CSV with the queue's local times and
     * their offsets, so a fall-back day reads back unambiguously.
     */
    @PreAuthorize("hasRole('PLANNER')")
    public void exportHistory(String queueCode, LocalDate from, LocalDate to, Writer out) {
        transaction.executeWithoutResult(status -> {
            var queue = exports.queue(queueCode)
                    .orElseThrow(() -> new RefusedValueException("queue", Phrase.of("imports.error.unknown-queue",
                            String.valueOf(queueCode))));
            ZoneId zone = queue.zone();
            try {
                SafeCsvPrinter printer = new SafeCsvPrinter(out);
                printer.printRecord(HistoryRows.COLUMNS);
                exports.forEachInterval(queue.id(), from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                        to == null ? null : to.atStartOfDay(zone).toOffsetDateTime(),
                        r -> printer.printRecord(r.start().atZoneSameInstant(zone).toOffsetDateTime(), queueCode,
                                r.offered(), r.handled(), r.abandoned(), plain(r.ahtSeconds()), plain(r.asaSeconds()),
                                plain(r.serviceLevelPercent())));
                printer.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not write the export", e);
            }
        });
    }

    /** Queue codes a history import or export may name. */
    @PreAuthorize("hasRole('PLANNER')")
    public List<String> queueCodes() {
        return exports.queueCodes();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
