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

    public static String decimal(double value, int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMinimumFractionDigits(fractionDigits);
        format.setMaximumFractionDigits(fractionDigits);
        return format.format(value);
    }

    public static String percent(double percentValue, int fractionDigits) {
        return decimal(percentValue, fractionDigits) + " %";
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public static String shortDate(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale()).format(date);
    }
}
