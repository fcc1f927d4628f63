package dev.frontline.shared.csv;

import dev.frontline.shared.text.Phrase;

/**
 * The file cannot be read any further at a known place: a byte that is not valid in the file's character set, or a
 * cell longer than the reader allows. Thrown by the readers under a {@link CsvReader} and turned by it into one
 * {@link CsvError} naming the line (and the column when it is known); the rest of the file is not read.
 */
public class CsvInputException extends RuntimeException {

    private final transient CsvError error;

    public CsvInputException(long line, String column, Phrase reason) {
        this(new CsvError(line, column, reason));
    }

    private CsvInputException(CsvError error) {
        super(error.describe());
        this.error = error;
    }

    public CsvError error() {
        return error;
    }
}
