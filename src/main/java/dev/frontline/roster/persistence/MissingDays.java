package dev.frontline.roster.persistence;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Days a planner must fill in, said as short runs of dates: "Mon 4 Jan – Wed 6 Jan, Sat 9 Jan". */
final class MissingDays {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private MissingDays() {
    }

    static String describe(List<LocalDate> days) {
        if (days.isEmpty()) {
            return "some days of the period (it is covered only by several forecasts; one must cover all of it)";
        }
        List<String> runs = new ArrayList<>();
        LocalDate runStart = days.get(0);
        LocalDate previous = runStart;
        for (LocalDate day : days.subList(1, days.size())) {
            if (!day.equals(previous.plusDays(1))) {
                runs.add(run(runStart, previous));
                runStart = day;
            }
            previous = day;
        }
        runs.add(run(runStart, previous));
        return String.join(", ", runs);
    }

    private static String run(LocalDate from, LocalDate to) {
        return from.equals(to) ? from.format(DAY) : from.format(DAY) + " – " + to.format(DAY);
    }
}
