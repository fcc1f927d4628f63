package dev.frontline.imports.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

/**
 * One data row with typed, checked access to its cells. A bad cell adds an error naming the line and column and
 * yields null, so a caller checks every cell of a row and the planner sees all of the row's problems at once.
 */
public final class CsvRow {

    private final long line;
    private final CSVRecord record;
    private final Map<String, Integer> columns;
    private final ErrorList errors;
    private final boolean decimalComma;
    private final long errorsBefore;

    CsvRow(long line, CSVRecord record, Map<String, Integer> columns, ErrorList errors, boolean decimalComma) {
        this.line = line;
        this.record = record;
        this.columns = columns;
        this.errors = errors;
        this.decimalComma = decimalComma;
        this.errorsBefore = errors.total();
    }

    public long line() {
        return line;
    }

    /** Whether a cell of this row was refused so far. */
    public boolean hasErrors() {
        return errors.total() > errorsBefore;
    }

    public void error(String column, String message) {
        errors.add(line, column, message);
    }

    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The trimmed cell, "" when empty or when the (optional) column is absent. */
    public String raw(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return "";
        }
        return record.get(index).strip();
    }

    public String text(String column, boolean required) {
        String value = raw(column);
        if (value.isEmpty()) {
            if (required) {
                error(column, "is empty; a value is required");
            }
            return null;
        }
        return value;
    }

    /** Required text matching {@code pattern}; {@code rule} says in words what is allowed. */
    public String code(String column, Pattern pattern, String rule) {
        String value = text(column, true);
        if (value != null && !pattern.matcher(value).matches()) {
            error(column, "'" + value + "' is not valid: " + rule);
            return null;
        }
        return value;
    }

    public Integer integer(String column, boolean required, int min, int max) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        int number;
        try {
            number = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            error(column, "'" + value + "' is not a whole number");
            return null;
        }
        return inRange(column, number, min, max) ? number : null;
    }

    public BigDecimal decimal(String column, boolean required, BigDecimal min, BigDecimal max) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        String normalised = decimalComma ? value.replace(',', '.') : value;
        BigDecimal number;
        try {
            number = new BigDecimal(normalised);
        } catch (NumberFormatException e) {
            error(column, "'" + value + "' is not a number" + (decimalComma ? "" : " (use a decimal point)"));
            return null;
        }
        if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
            error(column, number.toPlainString() + (number.signum() < 0 && min.signum() >= 0 ? " is negative; " : " is out of range; ")
                    + "allowed " + min.toPlainString() + " to " + max.toPlainString());
            return null;
        }
        return number;
    }

    public LocalDate date(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(column, "'" + value + "' is not an ISO date (yyyy-mm-dd)");
            return null;
        }
    }

    public LocalTime time(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            error(column, "'" + value + "' is not an ISO time (hh:mm)");
            return null;
        }
    }

    public Boolean bool(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> Boolean.TRUE;
            case "false", "no", "0" -> Boolean.FALSE;
            default -> {
                error(column, "'" + value + "' is not true or false");
                yield null;
            }
        };
    }

    public <E extends Enum<E>> E enumValue(String column, boolean required, Class<E> type) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        error(column, "'" + value + "' is not one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }

    boolean inRange(String column, long number, long min, long max) {
        if (number < min) {
            error(column, number + (number < 0 && min >= 0 ? " is negative; " : " is too small; ") + "must be at least " + min);
            return false;
        }
        if (number > max) {
            error(column, number + " is too large; must be at most " + max);
            return false;
        }
        return true;
    }
}
