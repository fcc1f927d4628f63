package dev.frontline.imports;

import java.util.List;

import dev.frontline.imports.csv.ImportError;

/**
 * What an import found (a preview) or did (a commit): rows read, how many records are new, changed or already as
 * the file says, a sample of the changes, and — for a refused file — its errors (the first 500 of {@code errorCount}).
 * {@code conflictKey} names the record (e.g. {@code agent E1234}) that somebody else created or changed while this
 * commit wrote, which refused it; null otherwise.
 */
public record ImportResult(ImportKind kind, boolean committed, long rows, long created, long changed, long unchanged,
        List<ImportChange> changes, List<ImportError> errors, long errorCount, String conflictKey) {

    public ImportResult(ImportKind kind, boolean committed, long rows, long created, long changed, long unchanged,
                        List<ImportChange> changes, List<ImportError> errors, long errorCount) {
        this(kind, committed, rows, created, changed, unchanged, changes, errors, errorCount, null);
    }

    /** Changes listed in a preview; the counts always cover the whole file. */
    public static final int CHANGE_SAMPLE = 200;

    public boolean valid() {
        return errorCount == 0;
    }
}
