package dev.frontline.staffing;

import java.time.LocalDate;

import dev.frontline.shared.text.Phrase;
import dev.frontline.training.SkillSupply;

/**
 * A day of a requirement version next to the queue's skill supply that day: requirements count agents at full speed,
 * while the agents holding the skill count at their proficiency on the day (ramped after a course or in nesting,
 * {@link dev.frontline.training.ProficiencyOnDate}), so the day's peak takes more of them when many are new.
 *
 * @param peakRequired   the most agents at full speed any interval of the day needs
 * @param peakScheduled  the same after shrinkage: the heads to schedule, at full speed
 * @param peakHeads      the heads of this day's mix that make {@code peakScheduled}: {@code peakScheduled / mean
 *                       proficiency}, rounded up
 * @param explanation    the same in a planner's words
 */
public record DaySupply(LocalDate day, String queueName, SkillSupply supply, int peakRequired, double peakScheduled,
                        int peakHeads, Phrase explanation) {

    /** Ramping agents the sentence names by name; the rest are counted. */
    static final int NAMED = 3;

    static DaySupply of(LocalDate day, String queueName, SkillSupply supply, int peakRequired, double peakScheduled) {
        int peakHeads = (int) Math.ceil(peakScheduled / supply.meanProficiency() - 1e-9);
        Phrase ramping = supply.ramping().isEmpty() ? Phrase.of("staffing.supply.none-ramping")
                : Phrase.of("staffing.supply.ramping", supply.ramping().size(),
                        supply.ramping().stream().limit(NAMED).map(DaySupply::named).toList(),
                        Math.max(0, supply.ramping().size() - NAMED));
        Phrase sentence = Phrase.of("staffing.supply.sentence", day, supply.heads(), queueName, supply.fullSpeed(),
                ramping, peakScheduled, peakHeads);
        return new DaySupply(day, queueName, supply, peakRequired, peakScheduled, peakHeads, sentence);
    }

    private static Phrase named(SkillSupply.Ramping r) {
        if (r.inCourses()) {
            return Phrase.of("staffing.supply.agent.onboarding", r.name(), 100 * r.proficiency());
        }
        return Phrase.of(r.nesting() ? "staffing.supply.agent.nesting" : "staffing.supply.agent.course", r.name(),
                100 * r.proficiency(), r.week());
    }
}
