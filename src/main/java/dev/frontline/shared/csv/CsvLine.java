package dev.frontline.shared.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

import dev.frontline.shared.text.Phrase;

/**
 * One data row with typed, checked access to its cells by column name. A refused cell reports an error naming the
 * line and column and yields null, so a caller can check every cell of a row and the planner sees all of the row's
 * problems at once (or, with a throwing handler, the first one). Every refusal is a {@link Phrase} of the bundles
 * ({@code csv.error.*}), so a page or an API answers it in the reader's language and the command line in English;
 * wrong-type refusals read {@code 'value' is not <what was expected>}, and callers that describe their formats
 * otherwise pass their own words as a phrase.
 */
public final class CsvLine {

    private static final Phrase ISO_DATE = Phrase.of("csv.expected.iso-date");
    private static final Phrase ISO_TIME = Phrase.of("csv.expected.iso-time");
    private static final int SHOWN_CHARS = 40;

    private final long line;
    private final CSVRecord record;
    private final CsvHeader header;
    private final CsvErrorHandler errors;
    private final boolean decimalComma;
    private final Set<String> refusedColumns = new HashSet<>();

    CsvLine(long line, CSVRecord record, CsvHeader header, CsvErrorHandler errors, boolean decimalComma) {
        this.line = line;
        this.record = record;
        this.header = header;
        this.errors = errors;
        this.decimalComma = decimalComma;
    }

    public long line() {
        return line;
    }

    /** The number of cells in this row. */
    public int width() {
        return record.size();
    }

    /** Whether a cell of this row was refused so far. */
    public boolean hasErrors() {
        return !refusedColumns.isEmpty();
    }

    /** Whether {@code column} was refused already, so a later check need not repeat the complaint. */
    public boolean refused(String column) {
        return refusedColumns.contains(column);
    }

    /** Reports a problem of a cell ({@code column} empty: of the whole row), worded in English only. */
    public void error(String column, String message) {
        refusedColumns.add(column);
        errors.report(new CsvError(line, column, message));
    }

    /** Reports a problem of a cell ({@code column} empty: of the whole row) as a sentence of the bundles. */
    public void error(String column, Phrase reason) {
        refusedColumns.add(column);
        errors.report(new CsvError(line, column, reason));
    }

    public boolean has(String column) {
        return header.has(column);
    }

    /**
     * The trimmed cell, "" when empty or when the (optional) column is absent; a cell an export guarded against
     * spreadsheet formulas ({@code '=x}) reads as it was ({@code =x}).
     */
    public String raw(String column) {
        Integer index = header.indexOf(column);
        if (index == null || index >= record.size()) {
            return "";
        }
        return SpreadsheetSafe.read(record.get(index).strip());
    }

    /**
     * A cell's text as an error message quotes it: at most {@value #SHOWN_CHARS} characters, with how long it really
     * is when cut, so a refusal of a huge cell stays small.
     */
    public static String shown(String value) {
        if (value == null || value.length() <= SHOWN_CHARS) {
            return value;
        }
        return value.substring(0, SHOWN_CHARS) + "… (" + value.length() + " characters)";
    }

    /** The cell, or null when it is empty (an error too when {@code required}). */
    public String text(String column, boolean required) {
        String value = raw(column);
        if (value.isEmpty()) {
            if (required) {
                error(column, Phrase.of("csv.error.empty"));
            }
            return null;
        }
        return value;
    }

    /** Required text matching {@code pattern}; {@code rule} says in words what is allowed. */
    public String code(String column, Pattern pattern, String rule) {
        return code(column, pattern, Phrase.of(CsvError.AS_WRITTEN, rule));
    }

    /** Required text matching {@code pattern}; {@code rule} says in the reader's words what is allowed. */
    public String code(String column, Pattern pattern, Phrase rule) {
        String value = text(column, true);
        if (value != null && !pattern.matcher(value).matches()) {
            error(column, Phrase.of("csv.error.invalid", shown(value), rule));
            return null;
        }
        return value;
    }

    public Integer integer(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            error(column, CsvNumbers.WHOLE.matcher(value).matches()
                    ? Phrase.of("csv.error.too-large", shown(value), String.valueOf(Integer.MAX_VALUE))
                    : Phrase.of("csv.error.not-whole", shown(value)));
            return null;
        }
    }

    /** A whole number within [min, max]. */
    public Integer integer(String column, boolean required, int min, int max) {
        Integer number = integer(column, required);
        return number != null && inRange(column, number, min, max) ? number : null;
    }

    /**
     * An exact decimal; with a decimal comma when the file is in the European form. Read by {@link CsvNumbers}, which
     * refuses a magnitude no file holds ({@code 1e999999999}) before anything could write it out in full.
     */
    public BigDecimal decimal(String column, boolean required) {
        return decimal(column, required, null);
    }

    /**
     * An exact decimal within [min, max]. The refusal quotes the cell as written, never the number formatted out, so
     * it stays short whatever the exponent.
     */
    public BigDecimal decimal(String column, boolean required, BigDecimal min, BigDecimal max) {
        Phrase allowed = Phrase.of("csv.error.allowed", min.toPlainString(), max.toPlainString());
        BigDecimal number = decimal(column, required, allowed);
        if (number != null && (number.compareTo(min) < 0 || number.compareTo(max) > 0)) {
            error(column, Phrase.of(number.signum() < 0 && min.signum() >= 0 ? "csv.error.negative-decimal"
                    : "csv.error.out-of-range-decimal", shown(raw(column)), allowed));
            return null;
        }
        return number;
    }

    private BigDecimal decimal(String column, boolean required, Phrase allowed) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        try {
            return CsvNumbers.decimal(decimalComma ? value.replace(',', '.') : value);
        } catch (CsvNumbers.OutOfBoundsException e) {
            error(column, Phrase.of("csv.error.out-of-range", shown(value),
                    allowed == null ? Phrase.of(CsvError.AS_WRITTEN, e.getMessage()) : allowed));
            return null;
        } catch (NumberFormatException e) {
            error(column, Phrase.of(decimalComma ? "csv.error.not-number" : "csv.error.not-number.point", shown(value)));
            return null;
        }
    }

    /** A finite floating-point number, for the engines' inputs; with a decimal comma in the European form. */
    public Double number(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        double number;
        try {
            number = CsvNumbers.decimal(decimalComma ? value.replace(',', '.') : value).doubleValue();
        } catch (CsvNumbers.OutOfBoundsException e) {
            error(column, Phrase.of("csv.error.out-of-range", shown(value), Phrase.of(CsvError.AS_WRITTEN, e.getMessage())));
            return null;
        } catch (NumberFormatException e) {
            error(column, Phrase.of("csv.error.not-number", shown(value)));
            return null;
        }
        return number;
    }

    public LocalDate date(String column, boolean required) {
        return date(column, required, ISO_DATE);
    }

    /** An ISO date; {@code expected} names the format in the refusal, e.g. "a date like 2024-12-24". */
    public LocalDate date(String column, boolean required, String expected) {
        return date(column, required, Phrase.of(CsvError.AS_WRITTEN, expected));
    }

    /** An ISO date; {@code expected} names the format in the refusal in the reader's words. */
    public LocalDate date(String column, boolean required, Phrase expected) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(column, Phrase.of("csv.error.not-expected", shown(value), expected));
            return null;
        }
    }

    public LocalTime time(String column, boolean required) {
        return time(column, required, ISO_TIME);
    }

    /** A time of day as hh:mm (or h:mm, as spreadsheets write early hours); {@code expected} names the format. */
    public LocalTime time(String column, boolean required, String expected) {
        return time(column, required, Phrase.of(CsvError.AS_WRITTEN, expected));
    }

    /** A time of day as hh:mm (or h:mm); {@code expected} names the format in the reader's words. */
    public LocalTime time(String column, boolean required, Phrase expected) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalTime.parse(value.length() == 4 && value.charAt(1) == ':' ? "0" + value : value);
        } catch (DateTimeParseException e) {
            error(column, Phrase.of("csv.error.not-expected", shown(value), expected));
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
                error(column, Phrase.of("csv.error.not-boolean", shown(value)));
                yield null;
            }
        };
    }

    public <E extends Enum<E>> E enumValue(String column, boolean required, Class<E> type) {
        return enumValue(column, required, type, Phrase.of("csv.expected.one-of", Arrays.toString(type.getEnumConstants())));
    }

    /** A constant of {@code type} named in any case; {@code expected} lists the allowed values in the refusal. */
    public <E extends Enum<E>> E enumValue(String column, boolean required, Class<E> type, String expected) {
        return enumValue(column, required, type, Phrase.of(CsvError.AS_WRITTEN, expected));
    }

    /** As {@link #enumValue(String, boolean, Class, String)} with the allowed values in the reader's words. */
    public <E extends Enum<E>> E enumValue(String column, boolean required, Class<E> type, Phrase expected) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value)) {
                return constant;
            }
        }
        error(column, Phrase.of("csv.error.not-expected", shown(value), expected));
        return null;
    }

    private boolean inRange(String column, long number, long min, long max) {
        if (number < min) {
            error(column, Phrase.of(number < 0 && min >= 0 ? "csv.error.negative" : "csv.error.too-small",
                    String.valueOf(number), String.valueOf(min)));
            return false;
        }
        if (number > max) {
            error(column, Phrase.of("csv.error.too-large-number", String.valueOf(number), String.valueOf(max)));
            return false;
        }
        return true;
    }
}
