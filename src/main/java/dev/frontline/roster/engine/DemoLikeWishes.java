package dev.frontline.roster.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Wishes for a generated centre shaped like the demo's preference windows (the demo's {@code DemoWishSeeder}) and fed
 * to the engine as the self-service loader feeds stated wishes: windows of two weeks; in each, a fifth of the agents
 * spend a budget of 100 points (so a wish weighs {@link AgentWishWeight#of its priority}) on
 * <ul>
 * <li>a weekend day off (30–50 points); a quarter of them ask for the same weekend day as the previous wisher of their
 * team, so team-mates compete for it;</li>
 * <li>a weekday off, or on for a third of them (10–25);</li>
 * <li>a one-hour range of starts on every date of a weekday, from the start of one of their shift types (5–20);</li>
 * <li>home, or the office for half of them, on every date of a weekday (5–15), and for a third of those the other
 * place on one of its dates (a dated wish, 5–15).</li>
 * </ul>
 * A wish that no longer fits the points left is dropped, as the budget refuses it. Weekday wishes reach the engine
 * per date of the window, as {@code PreferenceWishSource} gives them for a roster longer than the window.
 */
final class DemoLikeWishes {

    static final int BUDGET = 100;
    static final int WINDOW_DAYS = 14;

    private DemoLikeWishes() {
    }

    static void add(RosterBuilder builder, List<Agent> agents, int days, Random random) {
        for (int first = 0; first < days; first += WINDOW_DAYS) {
            int windowDays = Math.min(WINDOW_DAYS, days - first);
            if (windowDays < 7) {
                return;
            }
            Map<String, Integer> teamWeekendOff = new HashMap<>();
            for (Agent agent : agents) {
                if (random.nextInt(5) != 0) {
                    continue;
                }
                new Budget(builder, agent, first, windowDays, random).spend(teamWeekendOff);
            }
        }
    }

    /** One agent's wishes in one window, within the budget. */
    private static final class Budget {

        private final RosterBuilder builder;
        private final Agent agent;
        private final int first;
        private final int windowDays;
        private final Random random;
        private int left = BUDGET;

        Budget(RosterBuilder builder, Agent agent, int first, int windowDays, Random random) {
            this.builder = builder;
            this.agent = agent;
            this.first = first;
            this.windowDays = windowDays;
            this.random = random;
        }

        void spend(Map<String, Integer> teamWeekendOff) {
            // every draw is made whether or not the wish fits, so one agent's budget does not shift the others' wishes
            int weekend = first + 5 + 7 * random.nextInt(windowDays / 7) + random.nextInt(2);
            boolean sameAsTeamMate = random.nextInt(4) == 0;
            if (sameAsTeamMate && agent.team() != null && teamWeekendOff.containsKey(agent.team())) {
                weekend = teamWeekendOff.get(agent.team());
            }
            teamWeekendOff.put(agent.team(), weekend);
            int weekendPriority = 30 + random.nextInt(21);
            int weekday = first + random.nextInt(5) + 7 * random.nextInt(windowDays / 7);
            boolean dayOn = random.nextInt(3) == 0;
            int weekdayPriority = 10 + random.nextInt(16);
            int startWeekday = random.nextInt(5);
            int earliest = agent.shiftTypes().get(random.nextInt(agent.shiftTypes().size())).startMinute();
            int startPriority = 5 + random.nextInt(16);
            int placeWeekday = random.nextInt(5);
            WorkLocation office = agent.locations().stream().filter(WorkLocation::isOffice).findFirst().orElse(null);
            WorkLocation place = office != null && random.nextBoolean() ? office : WorkLocation.HOME;
            int placePriority = 5 + random.nextInt(11);
            boolean datedOther = random.nextInt(3) == 0;
            int otherDate = first + placeWeekday + 7 * random.nextInt(windowDays / 7);
            int otherPriority = 5 + random.nextInt(11);

            if (fits(weekendPriority)) {
                builder.shiftRequest(agent.id(), weekend, null, false, AgentWishWeight.of(weekendPriority));
            }
            if (fits(weekdayPriority)) {
                builder.shiftRequest(agent.id(), weekday, null, dayOn, AgentWishWeight.of(weekdayPriority));
            }
            if (fits(startPriority)) {
                for (int day = first + startWeekday; day < first + windowDays; day += 7) {
                    builder.startPreference(agent.id(), day, earliest, earliest + 60, AgentWishWeight.of(startPriority));
                }
            }
            WorkLocation other = place.isOffice() ? WorkLocation.HOME : office;
            boolean otherFits = datedOther && other != null && fits(otherPriority);
            if (fits(placePriority)) {
                for (int day = first + placeWeekday; day < first + windowDays; day += 7) {
                    if (!(otherFits && day == otherDate)) {
                        builder.locationPreference(agent.id(), day, place, AgentWishWeight.of(placePriority));
                    }
                }
            }
            if (otherFits) {
                builder.locationPreference(agent.id(), otherDate, other, AgentWishWeight.of(otherPriority));
            }
        }

        private boolean fits(int priority) {
            if (priority > left) {
                return false;
            }
            left -= priority;
            return true;
        }
    }
}
