package dev.frontline.shared.csv;

/** The file is not CSV at all (its quoting is broken before the header ends). */
public class CsvMalformedException extends IllegalArgumentException {

    public CsvMalformedException(String message, Throwable cause) {
        super(message, cause);
    }
}
