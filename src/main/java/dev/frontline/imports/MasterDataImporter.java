package dev.frontline.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;

import dev.frontline.imports.csv.ErrorList;
import dev.frontline.shared.csv.CsvLayout;
import dev.frontline.shared.csv.CsvLine;
import dev.frontline.shared.csv.CsvReader;
import dev.frontline.shared.csv.SafeCsvPrinter;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import dev.frontline.shared.text.Phrase;
import dev.frontline.workforce.masterdata.MasterDataException;
import dev.frontline.workforce.masterdata.RuleViolation;
import dev.frontline.workforce.masterdata.StaleEditException;

/**
 * The common path of the master-data imports (contracts, shift templates, agents; training results, which
 * {@code dev.frontline.training} plugs in the same way): read and check every row, refuse
 * a key that appears twice, compare each row with the stored record field by field, and — only for a clean file and a
 * commit — write what is new or changed, each with one audit event. Master-data files are small (thousands of rows),
 * so their rows are held in memory; the history import streams.
 *
 * @param <T> a record whose components are the file's columns, in the same order; public when the importer lives in
 *            another package, as {@link #differences} reads the components by reflection
 */
public abstract class MasterDataImporter<T extends Record> implements ImportHandler {

    protected abstract CsvLayout layout();

    /** The columns in file order, matching the record's components one to one. */
    protected abstract List<String> columns();

    /** Prepares the look-ups a row needs (codes of referenced records). */
    protected abstract void load();

    /** The checked row, or null when a cell was refused. */
    protected abstract T read(CsvLine row);

    protected abstract String key(T item);

    /** Stored records by key, in the same form a row is read into. */
    protected abstract Map<String, T> stored();

    /** Checks across rows and against other stored records (e.g. an e-mail address used by another agent). */
    protected void crossCheck(List<Line<T>> lines, Map<String, T> stored, ErrorList errors) {
    }

    /** Creates ({@code stored} null) or updates the record, with its audit event. */
    protected abstract void write(T item, T stored);

    /** Every stored record in key order, as the export writes them. */
    protected abstract List<T> exportRows();

    /** A record's cells in column order, in the form {@link #read} accepts. */
    protected abstract List<String> cells(T item);

    /** A checked row and the file line it came from. */
    protected record Line<T>(long line, T item) {
    }

    /** The record a key names, as a conflict says it: {@code agent E1234}. */
    protected abstract String describe(String key);

    /**
     * Reads, checks and — when {@code write} and the file is clean — stores the file. A commit first takes this kind's
     * import lock ({@code lock}, held to the end of the caller's transaction), so two commits of the same kind run one
     * after the other and the second compares with what the first wrote: no duplicate key from two files creating the
     * same record, no change audited against an old value that was no longer stored. The file is small and held in
     * memory, so it reports no progress and is not stopped half-way.
     */
    @Override
    public final ImportResult run(Reader source, int maxCell, long totalBytes, boolean write, Runnable lock,
                                  Progress progress, Cancellation cancellation) {
        if (write) {
            lock.run();
        }
        load();
        ErrorList errors = new ErrorList();
        List<Line<T>> lines = new ArrayList<>();
        Map<String, Long> lineOfKey = new HashMap<>();
        String keyColumn = columns().get(0);
        long rows = CsvReader.read(source, maxCell, layout(), errors, row -> {
            T item = read(row);
            if (item == null) {
                return;
            }
            Long first = lineOfKey.putIfAbsent(key(item), row.line());
            if (first != null) {
                row.error(keyColumn, "'" + CsvLine.shown(key(item)) + "' appears again; line " + first + " has it already");
                return;
            }
            lines.add(new Line<>(row.line(), item));
        });
        Map<String, T> stored = stored();
        crossCheck(lines, stored, errors);
        List<ImportChange> changes = new ArrayList<>();
        List<Line<T>> toWrite = new ArrayList<>();
        long created = 0;
        long changed = 0;
        for (Line<T> line : lines) {
            T old = stored.get(key(line.item()));
            String details = old == null ? "" : differences(old, line.item());
            if (old == null || !details.isEmpty()) {
                toWrite.add(line);
                if (old == null) {
                    created++;
                } else {
                    changed++;
                }
                if (changes.size() < ImportResult.CHANGE_SAMPLE) {
                    changes.add(new ImportChange(line.line(), key(line.item()),
                            old == null ? ImportChange.Action.NEW : ImportChange.Action.CHANGED, details));
                }
            }
        }
        String conflict = null;
        if (write && errors.isEmpty()) {
            for (Line<T> line : toWrite) {
                String key = key(line.item());
                try {
                    write(line.item(), stored.get(key));
                } catch (StaleEditException | DuplicateKeyException meanwhile) {
                    // saved by someone else (a screen, the API) since this import read it: refuse, never overwrite
                    conflict = describe(key);
                    errors.add(line.line(), keyColumn, Phrase.of(stored.containsKey(key) ? "imports.error.changed-meanwhile"
                            : "imports.error.created-meanwhile", Phrase.of("imports.record", kind().name(), key)));
                    break;
                } catch (MasterDataException refused) {
                    // what only the database can tell (a team lead moving away)
                    errors.add(line.line(), keyColumn, refused.phrase());
                    break;
                }
            }
        }
        boolean commit = write && errors.isEmpty();
        long unchanged = errors.isEmpty() ? lines.size() - created - changed : 0;
        return new ImportResult(kind(), commit, rows, created, changed, unchanged, List.copyOf(changes), errors.shown(),
                errors.total(), conflict);
    }

    /** The changed fields, {@code column: old → new; …}; empty when the row matches the stored record. */
    protected String differences(T stored, T incoming) {
        StringBuilder details = new StringBuilder();
        RecordComponent[] components = stored.getClass().getRecordComponents();
        List<String> columns = columns();
        for (int i = 0; i < components.length; i++) {
            try {
                Diff.field(details, columns.get(i), components[i].getAccessor().invoke(stored),
                        components[i].getAccessor().invoke(incoming));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return details.toString();
    }

    /** Master data is edited here as well as imported, so it has an export in the form its import reads. */
    @Override
    public final boolean exportable() {
        return true;
    }

    /** Writes every record, every cell guarded against spreadsheet formulas ({@link SafeCsvPrinter}). */
    @Override
    public final void export(Writer out) {
        load();
        try {
            SafeCsvPrinter printer = new SafeCsvPrinter(out);
            printer.printRecord(columns());
            for (T item : exportRows()) {
                printer.printRecord(cells(item));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the export", e);
        }
    }

    protected static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /**
     * The file column of a draft's component: {@code maxWeekendsPer4Weeks} is {@code max_weekends_per_4_weeks}. The
     * import names a broken rule by the column the planner edits; a file whose columns are named otherwise says so.
     */
    protected String column(String property) {
        return property.replaceAll("([a-z])([A-Z0-9])", "$1_$2").replaceAll("([0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }

    /** Reports every broken rule on its column, except where the cell itself was refused already. */
    protected void report(List<RuleViolation> violations, CsvLine row) {
        for (RuleViolation violation : violations) {
            String column = column(violation.property());
            if (!row.refused(column)) {
                row.error(column, violation.reason());
            }
        }
    }
}
