package dev.frontline.shared.ui;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * Date pickers in the user's language: month and weekday names, the first day of the week (Monday in Turkey, Poland
 * and the UK, Sunday in the US) and the "Today"/"Cancel" buttons follow the UI's locale. Vaadin formats the typed date
 * by the locale but keeps English names unless it is given these.
 */
public final class LocalizedDatePickers {

    private LocalizedDatePickers() {
    }

    /** The picker texts of {@code locale}. */
    public static DatePicker.DatePickerI18n i18n(Locale locale, String today, String cancel) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> capitalised(m.getDisplayName(TextStyle.FULL_STANDALONE,
                locale), locale)).toList());
        // Vaadin lists weekdays from Sunday
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(fromSunday.stream().map(d -> capitalised(d.getDisplayName(TextStyle.FULL_STANDALONE, locale),
                locale)).toList());
        i18n.setWeekdaysShort(fromSunday.stream().map(d -> capitalised(d.getDisplayName(TextStyle.SHORT_STANDALONE,
                locale), locale)).toList());
        i18n.setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7);
        i18n.setToday(today);
        i18n.setCancel(cancel);
        return i18n;
    }

    /** Localises every date picker in {@code root} and below that has not been given texts yet. */
    public static void localizeAll(Component root) {
        Locale locale = Formats.locale();
        DatePicker.DatePickerI18n i18n = i18n(locale, root.getTranslation("shell.date.today"),
                root.getTranslation("shell.date.cancel"));
        visit(root, locale, i18n);
    }

    private static void visit(Component component, Locale locale, DatePicker.DatePickerI18n i18n) {
        if (component instanceof DatePicker picker) {
            picker.setLocale(locale);
            DatePicker.DatePickerI18n own = picker.getI18n();
            if (own == null || own.getMonthNames() == null) {
                picker.setI18n(copy(i18n, own));
            }
        }
        component.getChildren().forEach(child -> visit(child, locale, i18n));
    }

    /** The shared texts plus the picker's own error messages, if it has any. */
    private static DatePicker.DatePickerI18n copy(DatePicker.DatePickerI18n shared, DatePicker.DatePickerI18n own) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(shared.getMonthNames())
                .setWeekdays(shared.getWeekdays())
                .setWeekdaysShort(shared.getWeekdaysShort())
                .setFirstDayOfWeek(shared.getFirstDayOfWeek())
                .setToday(shared.getToday())
                .setCancel(shared.getCancel());
        if (own != null) {
            i18n.setBadInputErrorMessage(own.getBadInputErrorMessage());
            i18n.setRequiredErrorMessage(own.getRequiredErrorMessage());
            i18n.setMinErrorMessage(own.getMinErrorMessage());
            i18n.setMaxErrorMessage(own.getMaxErrorMessage());
            if (own.getReferenceDate() != null) {
                i18n.setReferenceDate(own.getReferenceDate());
            }
        }
        return i18n;
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
