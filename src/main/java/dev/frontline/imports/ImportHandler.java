package dev.frontline.imports;

import java.io.Reader;
import java.io.Writer;

import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;

/**
 * An import kind plugged into the one import path — the master data of this package ({@link MasterDataImporter}) as
 * well as the kinds that features outside it read and write (quality KPIs and queue service actuals in
 * {@code dev.frontline.quality.kpis}, training results in {@code dev.frontline.training.imports}): {@link ImportService} finds every handler bean by its {@link #kind()} and runs it in its
 * transaction, so previews, commit jobs, limits, strict decoding, the REST API, the CLI and the screen are the same
 * as for the built-in kinds, and the feature depends on the framework rather than the other way round.
 */
public interface ImportHandler {

    ImportKind kind();

    /**
     * Whether the kind has an export in the form its import reads. Each handler says so itself: data a source system
     * owns (quality KPIs, ACD actuals) is imported only, and a re-import replaces what is stored for the same key.
     */
    boolean exportable();

    /**
     * Reads, checks and — when {@code write} and the file is clean — stores the file, in the caller's transaction
     * (rolled back unless the result is committed). A commit first runs {@code lock}, this kind's import lock held to
     * the end of the transaction, so two commits of the same kind run one after the other.
     *
     * @param maxCell    the longest cell the file may hold ({@link dev.frontline.shared.csv.CsvReader#read})
     * @param totalBytes the file's size for progress, 0 when unknown
     */
    ImportResult run(Reader source, int maxCell, long totalBytes, boolean write, Runnable lock, Progress progress,
                     Cancellation cancellation);

    /**
     * Writes every stored record as CSV in the form {@link #run} reads, in the caller's transaction; only a kind that
     * is {@link #exportable()} has one.
     */
    default void export(Writer out) {
        throw new UnsupportedOperationException(kind().path() + " files are imported only; there is no export of them");
    }
}
