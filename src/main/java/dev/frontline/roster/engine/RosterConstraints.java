package dev.frontline.roster.engine;

import java.util.List;

/** Names of the roster constraints: the keys of {@code ConstraintWeightOverrides} and of explanations. */
public final class RosterConstraints {

    public static final String ALLOWED_SHIFT_TYPES = "Only allowed shift types";
    public static final String TIME_OFF = "No shift on approved time off";
    public static final String MIN_REST = "Minimum rest between shifts";
    public static final String FORBIDDEN_SUCCESSION = "No forbidden shift succession";
    public static final String MIN_MINUTES_PER_WEEK = "Minimum minutes per week";
    public static final String MAX_MINUTES_PER_WEEK = "Maximum minutes per week";
    public static final String MIN_MINUTES_IN_HORIZON = "Minimum minutes in the horizon";
    public static final String MAX_MINUTES_IN_HORIZON = "Maximum minutes in the horizon";
    public static final String MAX_CONSECUTIVE_WORKING_DAYS = "Maximum consecutive working days";
    public static final String MIN_CONSECUTIVE_WORKING_DAYS = "Minimum consecutive working days";
    public static final String MIN_CONSECUTIVE_DAYS_OFF = "Minimum consecutive days off";
    public static final String MAX_WEEKENDS = "Maximum weekends worked";
    public static final String MAX_SHIFTS_OF_TYPE = "Maximum shifts of a type";
    public static final String MAX_NIGHT_SHIFTS_PER_WEEK = "Maximum night shifts per week";
    public static final String OFFICE_SEATS = "Office seats per site and day";

    public static final String INTERVAL_UNDER_COVERAGE = "Interval under-coverage";
    public static final String INTERVAL_OVER_COVERAGE = "Interval over-coverage";
    public static final String SHIFT_UNDER_COVER = "Shift cover under requirement";
    public static final String SHIFT_OVER_COVER = "Shift cover over requirement";
    public static final String SHIFT_ON_REQUEST = "Shift-on request not met";
    public static final String SHIFT_OFF_REQUEST = "Shift-off request not met";
    public static final String LOCATION_PREFERENCE = "Location preference not met";
    public static final String MIN_OFFICE_DAYS = "Minimum office days per week";
    public static final String TEAM_LEAD_IN_OFFICE = "Team lead in the office with the team";
    public static final String FAIR_WEEKENDS = "Fair share of weekends";
    public static final String FAIR_NIGHTS = "Fair share of nights";
    public static final String PREFERRED_START = "Preferred start time not met";
    public static final String OVERTIME = "Overtime";

    public static final String AVAILABILITY = "Only shifts inside availability";
    public static final String KEEP_PUBLISHED = "Keep published shifts";

    public static final String TRAINING_INSIDE_SHIFT = "Training inside the shift";
    public static final String TRAINING_IN_CLASSROOM = "Training in the classroom's office";
    public static final String TRAINING_ROOM_SEATS = "Training room seats";
    public static final String TRAINER_ONE_SESSION = "Trainer in one session at a time";
    public static final String ATTENDEE_ONE_SESSION = "Attendee in one session at a time";
    public static final String TRAINING_ORDER = "Training sessions in order";
    public static final String TRAINING_WINDOW = "Training between start and due date";
    public static final String TRAINING_UNSCHEDULED = "Training session not placed";

    public static final List<String> HARD = List.of(ALLOWED_SHIFT_TYPES, TIME_OFF, MIN_REST, FORBIDDEN_SUCCESSION,
            MIN_MINUTES_PER_WEEK, MAX_MINUTES_PER_WEEK, MIN_MINUTES_IN_HORIZON, MAX_MINUTES_IN_HORIZON,
            MAX_CONSECUTIVE_WORKING_DAYS, MIN_CONSECUTIVE_WORKING_DAYS, MIN_CONSECUTIVE_DAYS_OFF, MAX_WEEKENDS,
            MAX_SHIFTS_OF_TYPE, MAX_NIGHT_SHIFTS_PER_WEEK, OFFICE_SEATS, AVAILABILITY, TRAINING_INSIDE_SHIFT,
            TRAINING_IN_CLASSROOM, TRAINING_ROOM_SEATS, TRAINER_ONE_SESSION, ATTENDEE_ONE_SESSION, TRAINING_ORDER, TRAINING_WINDOW);
    public static final List<String> SOFT = List.of(INTERVAL_UNDER_COVERAGE, INTERVAL_OVER_COVERAGE, SHIFT_UNDER_COVER,
            SHIFT_OVER_COVER, SHIFT_ON_REQUEST, SHIFT_OFF_REQUEST, PREFERRED_START, LOCATION_PREFERENCE, MIN_OFFICE_DAYS,
            TEAM_LEAD_IN_OFFICE, FAIR_WEEKENDS, FAIR_NIGHTS, OVERTIME, KEEP_PUBLISHED, TRAINING_UNSCHEDULED);
    public static final List<String> ALL = java.util.stream.Stream.concat(HARD.stream(), SOFT.stream()).toList();

    private RosterConstraints() {
    }
}
