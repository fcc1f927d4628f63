package dev.frontline.roster.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.frontline.shared.text.Phrase;

/** Days a planner must fill in, said as short runs of dates: "4 Jan – 6 Jan 2027, 9 Jan 2027", in the reader's language. */
final class MissingDays {

    private MissingDays() {
    }

    static Phrase describe(List<LocalDate> days) {
        if (days.isEmpty()) {
            return Phrase.of("roster.error.missing.split");
        }
        List<Object> runs = new ArrayList<>();
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
        return Phrase.of("roster.error.missing.days", runs);
    }

    private static Object run(LocalDate from, LocalDate to) {
        return from.equals(to) ? from : Phrase.of("roster.error.missing.run", from, to);
    }
}
