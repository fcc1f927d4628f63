package dev.frontline.selfservice.preferences;

import java.util.List;

/**
 * A window as the planner sees it: how many wishes were stated, the roster version last compared with them, the share
 * of wished agent-dates honoured per team and over the centre, and the Gini coefficient of the agents' honoured
 * shares (how evenly the roster honoured people, whatever their team).
 */
public record WindowSummary(PreferenceWindow window, int wishes, Long rosterVersionId, List<TeamWishShare> teams,
        int wishedDates, int honouredDates, double gini) {

    public double share() {
        return wishedDates == 0 ? 1.0 : (double) honouredDates / wishedDates;
    }
}
