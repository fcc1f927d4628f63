package dev.frontline.imports.csv;

/** One reason a file is refused: the file line (the header is line 1), the column (empty for the whole row) and why. */
public record ImportError(long line, String column, String message) {

    /** The form the CLI prints and the UI shows: {@code line 7, column offered: 'x' is not a whole number}. */
    public String describe() {
        return column.isEmpty() ? "line " + line + ": " + message
                : "line " + line + ", column " + column + ": " + message;
    }
}
