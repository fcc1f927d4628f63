package dev.frontline.capacity.engine;

import dev.frontline.shared.text.Phrase;

/**
 * What a hiring class goes through: {@code classroomWeeks} off the phones, then {@code nestingWeeks} on them rising
 * linearly from {@code nestingProficiency} to 1.0 (the training path's nesting, V16). {@code roomSeats} is the
 * classroom's size, the largest class.
 */
public record OnboardingPath(String code, int classroomWeeks, int nestingWeeks, double nestingProficiency, int roomSeats) {

    public OnboardingPath {
        if (classroomWeeks < 0 || classroomWeeks > 52) {
            throw new CapacityInputException("classroomWeeks", Phrase.of("capacity.input.classroom-weeks", classroomWeeks));
        }
        if (nestingWeeks < 0 || nestingWeeks > 26) {
            throw new CapacityInputException("nestingWeeks", Phrase.of("capacity.error.nesting-range", nestingWeeks));
        }
        if (!(nestingProficiency > 0 && nestingProficiency <= 1)) {
            throw new CapacityInputException("nestingProficiency", Phrase.of("capacity.input.nesting-proficiency", nestingProficiency * 100));
        }
        if (roomSeats < 1) {
            throw new CapacityInputException("roomSeats", Phrase.of("capacity.input.room-seats", roomSeats));
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
            throw new CapacityInputException("onboardingWeeks", Phrase.of("capacity.error.onboarding-range", weeks));
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
