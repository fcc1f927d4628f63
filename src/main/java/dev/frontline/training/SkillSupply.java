package dev.frontline.training;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import dev.frontline.training.engine.SkillRamp;

/**
 * What the holders of a skill supply on a date, each counted at their proficiency that day: an agent at proficiency
 * {@code p} handles a contact in {@code AHT / p} (the simulator's and the roster's meaning), so counts as {@code p}
 * of an experienced agent. A newly chat-skilled agent therefore counts less in week 1 than in week 8.
 *
 * @param heads        agents employed on the date who hold the skill
 * @param fullSpeed    what they make in agents at full speed: the sum of their proficiencies on the date
 * @param ramping      those still on a learning curve (after a course, or in nesting), slowest first
 */
public record SkillSupply(LocalDate date, int heads, double fullSpeed, List<Ramping> ramping) {

    /**
     * An agent still ramping: their proficiency on the date, the level they hold, and the curve they are on — a
     * course's gain, or a new hire's onboarding ({@code nesting}; {@code inCourses} while its courses are still open)
     * — with the weeks since the curve started.
     */
    public record Ramping(String employeeNumber, String name, double proficiency, double held, boolean nesting,
                          boolean inCourses, double weeks) {

        /** The week of the curve the date falls in: week 1 from its first day. */
        public int week() {
            return (int) Math.floor(weeks + 1e-9) + 1;
        }
    }

    /** One holder of the skill, at the level held, and the proficiency their ramp gives on the date. */
    public record Holder(String employeeNumber, String name, SkillRamp.OnDate onDate) {
    }

    public static SkillSupply of(LocalDate date, List<Holder> holders) {
        double fullSpeed = holders.stream().mapToDouble(h -> h.onDate().proficiency()).sum();
        List<Ramping> ramping = holders.stream().filter(SkillSupply::stillRamping)
                .map(h -> new Ramping(h.employeeNumber(), h.name(), h.onDate().proficiency(), h.onDate().held(),
                        h.onDate().start() instanceof SkillRamp.Nesting,
                        h.onDate().start() instanceof SkillRamp.Nesting n && (n.from() == null || date.isBefore(n.from())),
                        h.onDate().weeks()))
                .sorted(Comparator.comparingDouble(Ramping::proficiency).thenComparing(Ramping::employeeNumber))
                .toList();
        return new SkillSupply(date, holders.size(), fullSpeed, ramping);
    }

    /** On a curve and more than half a point below where it leads: full speed after a course, the level held after nesting. */
    private static boolean stillRamping(Holder h) {
        SkillRamp.OnDate d = h.onDate();
        double target = d.start() instanceof SkillRamp.Gain ? Math.max(ProficiencyOnDate.FULL, d.held()) : d.held();
        return d.start() != null && d.proficiency() < target - 0.005;
    }

    /** The mean proficiency of the holders on the date (1 with nobody: no one to discount). */
    public double meanProficiency() {
        return heads == 0 ? ProficiencyOnDate.FULL : fullSpeed / heads;
    }
}
