package dev.frontline.roster.service;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import dev.frontline.shared.text.Phrase;

/** The weeks a what-if tried, in order, and the cheapest of those it could measure. */
public record CheapestWeekResult(String courseCode, String courseName, int cohortSize, List<WeekCost> weeks) {

    /**
     * The measured week where the course costs fewest extra unmet agent-hours: weeks the what-if solve fitted every
     * session into first, by what the solved roster pays; the earliest of equals, as training sooner helps.
     */
    public Optional<WeekCost> cheapest() {
        return weeks.stream().filter(WeekCost::planned)
                .min(Comparator.comparing((WeekCost w) -> !w.fits())
                        .thenComparingDouble(w -> Math.round(w.rankedHours() * 100) / 100.0)
                        .thenComparing(WeekCost::week));
    }

    /** The answer in a planner's words. */
    public Phrase explanation() {
        return cheapest().map(w -> w.fits()
                        ? Phrase.of("roster.cheapest-week.answer-solved", courseName, cohortSize, w.week(),
                                w.courseDays(), w.rankedHours(), w.extraUnmetHours(), w.cohortRostered())
                        : Phrase.of("roster.cheapest-week.answer", courseName, cohortSize, w.week(), w.courseDays(),
                                w.extraUnmetHours(), w.extraPoints(), w.cohortRostered()))
                .orElse(Phrase.of("roster.cheapest-week.none", courseName));
    }
}
