package dev.frontline.imports.csv;

import java.util.Locale;
import java.util.Objects;

import dev.frontline.shared.csv.CsvError;
import dev.frontline.shared.text.Phrase;

/**
 * One reason a file is refused: the file line (the header is line 1), the column (empty for the whole row) and why,
 * as a sentence of the bundles: the page and the REST API render it in the reader's language, the command line in
 * English ({@link #message()}).
 */
public record ImportError(long line, String column, Phrase reason) {

    public ImportError {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reason, "reason");
    }

    /** Why, in English: for the command line and logs. */
    public String message() {
        return message(Locale.ENGLISH);
    }

    /** Why, in the language of {@code locale}, cut at {@value ErrorList#MESSAGE_CHARS} characters. */
    public String message(Locale locale) {
        return ErrorList.cut(reason.render(locale));
    }

    /** The form the CLI prints: {@code line 7, column offered: 'x' is not a whole number}. */
    public String describe() {
        return column.isEmpty() ? "line " + line + ": " + message()
                : "line " + line + ", column " + column + ": " + message();
    }

    /** A reason worded in English only by its importer, shown as it is in every language. */
    public static Phrase asWritten(String message) {
        return Phrase.of(CsvError.AS_WRITTEN, message);
    }
}
