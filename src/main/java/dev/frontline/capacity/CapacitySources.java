package dev.frontline.capacity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.frontline.db.enums.ChannelType;

/** What the capacity plan reads from the centre's records, as plain data. */
public final class CapacitySources {

    private CapacitySources() {
    }

    /** A queue with its goal; {@code weekShares} are its history's shares of a week per local hour (168 or fewer open). */
    public record Queue(long id, String code, String name, ChannelType channel, String skillCode, Double slTargetPercent,
            Integer slThresholdSeconds, Integer chatConcurrency, String timeZone, String countryCode) {
    }

    /** An employed agent: contract hours, home site, whether they may work in the office and
     * on how many days a week they must, skills with proficiency. */
    public record Agent(String employeeNumber, String name, LocalDate hireDate, int maxMinutesPerWeek, String siteCode,
            boolean officeEligible, int minOfficeDaysPerWeek, Map<String, Double> skills) {
    }

    /** A site with its office seats (null: not limited). */
    public record Site(String code, String name, Integer officeSeats) {
    }

    /** A completion that added or raised a skill: where a learning curve starts. */
    public record SkillGain(String employeeNumber, String skillCode, LocalDate gainedOn, double proficiencyAfter) {
    }

    /** An onboarding path with its classroom hours and the smallest classroom of its courses. */
    public record Path(String code, String name, int nestingWeeks, Double nestingProficiency, double classroomHours,
            Integer roomSeats, String siteCode, int trainers) {
    }

    /** An open course enrolment: off-phone hours to be spent between the dates. */
    public record OpenEnrolment(String employeeNumber, LocalDate enrolledOn, LocalDate dueDate, double offPhoneHours) {
    }

    /** Everything at once. */
    public record Snapshot(List<Queue> queues, List<Agent> agents, List<SkillGain> gains, List<Path> paths,
            List<OpenEnrolment> enrolments) {
    }
}
