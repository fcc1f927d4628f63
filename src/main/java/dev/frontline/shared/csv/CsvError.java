package dev.frontline.shared.csv;

/**
 * One reason a CSV file is refused: the file line (the header is line 1; 0 stands for the file as a whole), the column
 * (empty for the whole row) and why.
 */
public record CsvError(long line, String column, String message) {

    /** The form planners read: {@code line 7, column offered: 'x' is not a whole number}. */
    public String describe() {
        return column.isEmpty() ? "line " + line + ": " + message
                : "line " + line + ", column " + column + ": " + message;
    }
}
