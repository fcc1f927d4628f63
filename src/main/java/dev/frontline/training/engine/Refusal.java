package dev.frontline.training.engine;

import java.util.List;
import java.util.Locale;

/**
 * Why a training rule refuses something: the field a user corrects, a code (the bundle key
 * {@code training.refusal.<code>} the UI words in the user's language) and its arguments in planners' words (course
 * codes, employee numbers, dates). {@link #english()} is the sentence of the REST API, the CLI and imports.
 */
public record Refusal(String field, String code, List<Object> args) {

    public Refusal {
        args = List.copyOf(args);
    }

    public static Refusal of(String field, String code, Object... args) {
        return new Refusal(field, code, List.of(args));
    }

    public String english() {
        Object[] a = args.toArray();
        return switch (code) {
            case "cycle" -> String.format(Locale.ROOT, "prerequisites would form a cycle: %s", a);
            case "prerequisite-missing" -> String.format(Locale.ROOT,
                    "%s needs %s first, which agent %s has neither completed nor is enrolled on", a);
            case "prerequisite-not-completed" -> String.format(Locale.ROOT,
                    "%s needs %s completed first; agent %s has no completion of it on or before %s", a);
            case "after-exit" -> String.format(Locale.ROOT, "agent %s left on %s; nothing can be planned or recorded from then on", a);
            case "room-seats" -> "a classroom needs at least one seat";
            case "session-longer-than-shift" -> String.format(Locale.ROOT,
                    "a session of %s minutes of %s is longer than the longest shift (%s minutes) of agent %s's contract %s", a);
            case "unknown-course" -> String.format(Locale.ROOT, "no course has the code '%s'", a);
            case "unknown-path" -> String.format(Locale.ROOT, "no path has the code '%s'", a);
            case "unknown-enrolment" -> String.format(Locale.ROOT, "no enrolment has the id %s", a);
            case "unknown-agent" -> String.format(Locale.ROOT, "no agent has the employee number '%s'", a);
            case "unknown-skill" -> String.format(Locale.ROOT, "no skill has the code '%s'", a);
            case "unknown-site" -> String.format(Locale.ROOT, "no site has the code '%s'", a);
            case "code-format" -> "a code is 2 to 20 capital letters, digits, '-' or '_'";
            case "code-taken" -> String.format(Locale.ROOT, "the code '%s' is taken", a);
            case "required" -> "required";
            case "grant-skill" -> "a course that grants a skill names the skill and the proficiency reached";
            case "grant-refresh" -> "a refresher names the skill it refreshes and no proficiency";
            case "grant-none" -> "a course that grants nothing names no skill and no proficiency";
            case "proficiency-range" -> "a proficiency is above 0 and at most 1";
            case "hours-range" -> "hours are above 0 and at most 400";
            case "session-range" -> "a session lasts 30 to 960 minutes in steps of 15";
            case "session-over-total" -> String.format(Locale.ROOT, "a session of %s minutes is longer than the course's %s hours", a);
            case "off-phone-range" -> String.format(Locale.ROOT, "off-phone hours are between 0 and the course's %s hours", a);
            case "classroom" -> "a classroom course names its site and room seats";
            case "virtual" -> "a virtual course has no site and no room seats";
            case "one-trainer" -> "name either a trainer agent or a trainer, not both and not neither";
            case "validity-range" -> "validity is 1 to 120 months";
            case "path-empty" -> "a path holds at least one course";
            case "path-twice" -> String.format(Locale.ROOT, "%s appears twice in the path", a);
            case "path-order" -> String.format(Locale.ROOT, "%s comes before its prerequisite %s in the path", a);
            case "nesting" -> "nesting is for onboarding paths: 1 to 26 weeks at a proficiency above 0 and below 1, or none";
            case "due-before-enrolled" -> String.format(Locale.ROOT, "the due date %s is before the enrolment date %s", a);
            case "already-enrolled" -> String.format(Locale.ROOT, "agent %s is already enrolled on %s", a);
            case "status-change" -> String.format(Locale.ROOT, "an enrolment that is %s cannot become %s", a);
            case "complete-in-future" -> String.format(Locale.ROOT, "a result dated %s is in the future", a);
            case "score-range" -> "a score is between 0 and 100";
            case "stale" -> String.format(Locale.ROOT, "%s was changed by someone else meanwhile; reload and try again", a);
            case "unknown-team" -> String.format(Locale.ROOT, "no team has the code '%s'", a);
            case "budget-range" -> String.format(Locale.ROOT, "a budget is 0 to %s hours, to one decimal", a);
            case "month-range" -> String.format(Locale.ROOT,
                    "the months run from %s to %s: the end is before the start or more than %s months after it", a);
            case "scope" -> String.format(Locale.ROOT, "'%s' is neither SITE nor TEAM", a);
            case "month-format" -> String.format(Locale.ROOT, "'%s' is not a month written YYYY-MM", a);
            default -> code + " " + args;
        };
    }
}
