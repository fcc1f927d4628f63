package dev.frontline.imports.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.frontline.shared.csv.CsvError;
import dev.frontline.shared.csv.CsvErrorHandler;

/**
 * Every error of a file is counted, but only the first {@value #SHOWN} are kept: a file that is wrong on every one of
 * 700,000 rows must not fill the heap or the screen, while the planner still learns how many rows are wrong.
 */
public final class ErrorList implements CsvErrorHandler {

    public static final int SHOWN = 500;

    private final List<ImportError> shown = new ArrayList<>();
    private long total;

    public void add(long line, String column, String message) {
        total++;
        if (shown.size() < SHOWN) {
            shown.add(new ImportError(line, column, message));
        }
    }

    public void add(ImportError error) {
        add(error.line(), error.column(), error.message());
    }

    @Override
    public void report(CsvError error) {
        add(error.line(), error.column(), error.message());
    }

    public boolean isEmpty() {
        return total == 0;
    }

    public long total() {
        return total;
    }

    /** The kept errors in line order (set-based checks add theirs after the row checks). */
    public List<ImportError> shown() {
        List<ImportError> sorted = new ArrayList<>(shown);
        sorted.sort(java.util.Comparator.comparingLong(ImportError::line).thenComparing(ImportError::column));
        return Collections.unmodifiableList(sorted);
    }
}
