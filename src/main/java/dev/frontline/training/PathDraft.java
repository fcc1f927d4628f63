package dev.frontline.training;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.frontline.db.enums.TrainingPathPurpose;
import dev.frontline.training.engine.Refusal;

/**
 * A path as HR writes it: ordered course codes for a purpose; onboarding may end with {@code nestingWeeks} on the
 * phones at {@code nestingProficiency}.
 */
public record PathDraft(String code, String name, TrainingPathPurpose purpose, Integer nestingWeeks,
        BigDecimal nestingProficiency, List<String> courses) {

    public PathDraft {
        courses = courses == null ? List.of() : List.copyOf(courses);
        nestingWeeks = nestingWeeks == null ? Integer.valueOf(0) : nestingWeeks;
    }

    /** The rules that need no database; the order against prerequisites is {@link PrerequisiteGraph#checkOrder}. */
    public List<Refusal> check() {
        List<Refusal> refusals = new ArrayList<>();
        if (code == null || !code.matches(CourseDraft.CODE)) {
            refusals.add(Refusal.of("code", "code-format"));
        }
        if (name == null || name.isBlank()) {
            refusals.add(Refusal.of("name", "required"));
        }
        if (purpose == null) {
            refusals.add(Refusal.of("purpose", "required"));
        }
        if (courses.isEmpty()) {
            refusals.add(Refusal.of("courses", "path-empty"));
        }
        Set<String> seen = new HashSet<>();
        for (String course : courses) {
            if (!seen.add(course)) {
                refusals.add(Refusal.of("courses", "path-twice", course));
                break;
            }
        }
        boolean noNesting = nestingWeeks == 0 && nestingProficiency == null;
        boolean validNesting = nestingWeeks >= 1 && nestingWeeks <= 26 && nestingProficiency != null
                && nestingProficiency.signum() > 0 && nestingProficiency.compareTo(BigDecimal.ONE) < 0
                && purpose == TrainingPathPurpose.ONBOARDING;
        if (!noNesting && !validNesting) {
            refusals.add(Refusal.of("nestingWeeks", "nesting"));
        }
        return refusals;
    }
}
