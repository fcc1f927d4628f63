package dev.frontline.imports.csv;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.frontline.shared.csv.CsvError;
import dev.frontline.shared.csv.CsvErrorHandler;
import dev.frontline.shared.text.Phrase;

/**
 * Every error of a file is counted, but only the first {@value #SHOWN} are kept, each message cut at
 * {@value #MESSAGE_CHARS} characters: a file that is wrong on every one of 700,000 rows, or whose bad cells are huge,
 * must not fill the heap, the screen or an error response, while the planner still learns how many rows are wrong.
 */
public final class ErrorList implements CsvErrorHandler {

    public static final int SHOWN = 500;

    /** The longest message kept; cells are quoted shortened already, this is the last guard. */
    public static final int MESSAGE_CHARS = 400;

    private final List<ImportError> shown = new ArrayList<>();
    private long total;

    /** An error worded in English only by its importer. */
    public void add(long line, String column, String message) {
        add(line, column, ImportError.asWritten(cut(message)));
    }

    /** An error as a sentence of the bundles, rendered in the reader's language (and cut there). */
    public void add(long line, String column, Phrase reason) {
        total++;
        if (shown.size() < SHOWN) {
            shown.add(new ImportError(line, cut(column), reason));
        }
    }

    public void add(ImportError error) {
        add(error.line(), error.column(), error.reason());
    }

    @Override
    public void report(CsvError error) {
        add(error.line(), error.column(), error.reason());
    }

    static String cut(String text) {
        return text.length() <= MESSAGE_CHARS ? text : text.substring(0, MESSAGE_CHARS - 1) + "…";
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
