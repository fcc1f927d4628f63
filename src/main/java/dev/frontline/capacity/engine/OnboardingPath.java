package dev.frontline.capacity.engine;

/**
 * What a hiring class goes through: {@code classroomWeeks} off the phones, then {@code nestingWeeks} on them rising
 * linearly from {@code nestingProficiency} to 1.0 (the training path's nesting, V16). {@code roomSeats} is the
 * classroom's size, the largest class.
 */
public record OnboardingPath(String code, int classroomWeeks, int nestingWeeks, double nestingProficiency, int roomSeats) {

    public OnboardingPath {
        if (classroomWeeks < 0 || classroomWeeks > 52) {
            throw new CapacityInputException("classroomWeeks", "between 0 and 52, got " + classroomWeeks);
        }
        if (nestingWeeks < 0 || nestingWeeks > 26) {
            throw new CapacityInputException("nestingWeeks", "between 0 and 26, got " + nestingWeeks);
        }
        if (!(nestingProficiency > 0 && nestingProficiency <= 1)) {
            throw new CapacityInputException("nestingProficiency", "in (0, 1], got " + nestingProficiency);
        }
        if (roomSeats < 1) {
            throw new CapacityInputException("roomSeats", "at least 1, got " + roomSeats);
        }
    }

    /** Weeks from a class's start until it is fully proficient. */
    public int onboardingWeeks() {
        return classroomWeeks + nestingWeeks;
    }

    /**
     * The same path lasting {@code weeks} from the first day to full proficiency (the onboarding-length lever, e.g. 3
     * instead of 5 weeks): classroom and nesting keep their proportions, rounded to whole weeks, the classroom at
     * least one week when the path has one.
     */
    public OnboardingPath withOnboardingWeeks(int weeks) {
        if (weeks < 1) {
            throw new CapacityInputException("onboardingWeeks", "at least 1 week, got " + weeks);
        }
        int total = onboardingWeeks();
        int classroom = total == 0 ? weeks : (int) Math.round((double) weeks * classroomWeeks / total);
        if (classroomWeeks > 0) {
            classroom = Math.max(1, classroom);
        }
        classroom = Math.min(classroom, weeks);
        return new OnboardingPath(code, classroom, weeks - classroom, nestingProficiency, roomSeats);
    }

    /** The same path with a different classroom length (the classroom-weeks lever). */
    public OnboardingPath withClassroomWeeks(int weeks) {
        return new OnboardingPath(code, weeks, nestingWeeks, nestingProficiency, roomSeats);
    }

    /** The same path with a different nesting length (the frontier's nesting lever). */
    public OnboardingPath withNestingWeeks(int weeks) {
        return new OnboardingPath(code, classroomWeeks, weeks, nestingProficiency, roomSeats);
    }
}
