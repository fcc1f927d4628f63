package dev.frontline.attrition;

/**
 * Where an agent works, derived from what Frontline records about them — it keeps no day-by-day location history
 * for past years. An agent who is not office-eligible works from home; one whose contract asks for five or more
 * office days a week works in the office; every other office-eligible agent splits the week between home and office
 * (their team's office day, their own choices) and is hybrid.
 */
public enum WorkLocation {
    HOME, OFFICE, HYBRID;

    public static WorkLocation of(boolean officeEligible, int contractMinOfficeDaysPerWeek) {
        if (!officeEligible) {
            return HOME;
        }
        return contractMinOfficeDaysPerWeek >= 5 ? OFFICE : HYBRID;
    }
}
