package dev.frontline.attrition.ui;

import java.util.Locale;

/** Numbers for CSV files: dot decimals whatever the user's locale, empty where a figure does not exist. */
final class Csv {

    private Csv() {
    }

    static String number(Double value, int fractionDigits) {
        return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%." + fractionDigits + "f", value);
    }
}
