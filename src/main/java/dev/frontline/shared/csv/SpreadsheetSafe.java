package dev.frontline.shared.csv;

import java.util.regex.Pattern;

/**
 * Keeps exported cells from running as formulas when a CSV file is opened in a spreadsheet (OWASP "CSV injection"): a
 * cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is written with a
 * leading apostrophe, which spreadsheets show as text. A plain number ({@code -5}, {@code -12.75}, {@code -1.5E-4}) is
 * left as it is: a spreadsheet reads it as the number it is and nothing in it can run, so negative figures stay numbers
 * and a numeric column reads back unchanged; so is a dash alone, the usual "none", which cannot hold a formula.
 * A cell that itself begins with an apostrophe followed by one of those characters (or by another apostrophe) gets one
 * more, so that {@link #read} — which every {@link CsvReader} applies — gives back exactly what was exported.
 */
public final class SpreadsheetSafe {

    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private SpreadsheetSafe() {
    }

    /** The cell as an export writes it. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        if (triggers(first) && !value.equals("-") && !PLAIN_NUMBER.matcher(value).matches()
                || first == '\'' && value.length() > 1 && (triggers(value.charAt(1)) || value.charAt(1) == '\'')) {
            return "'" + value;
        }
        return value;
    }

    /** The cell as it was before {@link #cell} guarded it; any other text as it is. */
    public static String read(String value) {
        if (value.length() > 1 && value.charAt(0) == '\''
                && (triggers(value.charAt(1)) || value.charAt(1) == '\'')) {
            return value.substring(1);
        }
        return value;
    }

    private static boolean triggers(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
