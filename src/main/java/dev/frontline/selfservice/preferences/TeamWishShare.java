package dev.frontline.selfservice.preferences;

/**
 * How a team fared in a preference window: wished agent-dates and how many the roster honoured, and the Gini
 * coefficient of the agents' honoured shares (0 = everyone got the same share, 1 = one agent got everything).
 */
public record TeamWishShare(String team, int agents, int wishedDates, int honouredDates, double gini) {

    public double share() {
        return wishedDates == 0 ? 1.0 : (double) honouredDates / wishedDates;
    }
}
