package dev.frontline.shared.ui;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.UI;

/** Numbers and dates in the user's locale, so every screen formats them the same way. */
public final class Formats {

    private Formats() {
    }

    public static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    public static String integer(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    /** A number with {@code fractionDigits} digits; a value that rounds to zero reads "0.0", never "-0.0". */
    public static String decimal(double value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        double rounded = Math.round(value * Math.pow(10, fractionDigits)) / Math.pow(10, fractionDigits);
        return format.format(rounded == 0 ? 0.0 : value);
    }

    /** A percentage as the user's language writes it: "12.5 %", "12,5 %" in Polish, "%12,5" in Turkish. */
    public static String percent(double percentValue, int fractionDigits) {
        String number = decimal(percentValue, fractionDigits);
        if (!"tr".equals(locale().getLanguage())) {
            return number + " %";
        }
        return number.startsWith("-") ? "-%" + number.substring(1) : "%" + number;
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public static String shortDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale()).format(date);
    }
}
