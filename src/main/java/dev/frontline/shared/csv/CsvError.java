package dev.frontline.shared.csv;

import java.util.Objects;

import dev.frontline.shared.text.Phrase;

/**
 * One reason a CSV file is refused: the file line (the header is line 1; 0 stands for the file as a whole), the column
 * (empty for the whole row) and why, as a sentence of the bundles so that a page or an API answers it in the reader's
 * language and the command line in English ({@link #message()}).
 */
public record CsvError(long line, String column, Phrase reason) {

    /** The bundle key of a reason that some reader still words in English only: its text is the whole sentence. */
    public static final String AS_WRITTEN = "csv.error.as-written";

    public CsvError {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    /** A reason worded in English by its reader, shown as it is in every language. */
    public CsvError(long line, String column, String message) {
        this(line, column, Phrase.of(AS_WRITTEN, message));
    }

    /** Why, in English: for the command line, logs and exception messages. */
    public String message() {
        return reason.english();
    }

    /** The form planners read: {@code line 7, column offered: 'x' is not a whole number}. */
    public String describe() {
        return column.isEmpty() ? "line " + line + ": " + message()
                : "line " + line + ", column " + column + ": " + message();
    }
}
