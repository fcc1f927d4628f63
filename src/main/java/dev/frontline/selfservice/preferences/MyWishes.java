package dev.frontline.selfservice.preferences;

import java.time.DayOfWeek;
import java.util.List;

/**
 * An agent's wishes in a window, the priority points spent of the budget, and what the roster made of them so far;
 * with the hybrid policy their home and office wishes meet (shown as a nudge, not enforced when wishing): the team's
 * anchor day in the office and the contract's minimum office days a week.
 *
 * @param teamOfficeDay the team's anchor day, or null (also for an agent who works from home only)
 * @param minOfficeDaysPerWeek the contract's minimum office days a week (0 for an agent who works from home only)
 */
public record MyWishes(PreferenceWindow window, List<Wish> wishes, int priorityUsed, List<WishOutcome> outcomes,
        boolean open, DayOfWeek teamOfficeDay, int minOfficeDaysPerWeek) {

    public int priorityLeft() {
        return window.priorityBudget() - priorityUsed;
    }
}
