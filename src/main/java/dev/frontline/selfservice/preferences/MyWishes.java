package dev.frontline.selfservice.preferences;

import java.util.List;

/** An agent's wishes in a window, the priority points spent of the budget, and what the roster made of them so far. */
public record MyWishes(PreferenceWindow window, List<Wish> wishes, int priorityUsed, List<WishOutcome> outcomes,
        boolean open) {

    public int priorityLeft() {
        return window.priorityBudget() - priorityUsed;
    }
}
