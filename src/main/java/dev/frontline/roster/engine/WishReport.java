package dev.frontline.roster.engine;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a solved roster treats its agents' wishes and how evenly it spreads weekends and office days: the share of
 * stated wishes honoured (a day request per requested day, a preferred start (within its range) and a location
 * preference (a dated one over the weekday's) per worked day they apply to) and the Gini coefficients of weekends
 * worked per agent, of office days per office-eligible agent, and of the share of asked-for office days granted.
 * <p>
 * The office days per office-eligible agent mostly measure the mix of contracts (an agent whose contract asks for no
 * office day and who wishes for none rightly gets none), so the fair measure is {@link #officeShareGini}: over the
 * agents who ask for office days, each week {@code asked} = the larger of the contract's office days (at most the days
 * worked) and the worked days with an office wish, {@code granted} = the office days worked that week on days without a
 * home wish, at most {@code asked}; per agent the share granted / asked over the horizon, and the Gini coefficient of
 * those shares (0 when every asker gets the same share of what they asked for, however much that is).
 *
 * @param wishes wished agent-days counted
 * @param honoured of which the roster honours
 * @param officeDayGini Gini of office days worked per office-eligible agent (all of them, asking or not)
 * @param officeAskers agents asking for office days (contract or wish) in weeks they work
 * @param officeShareGini Gini of the share of asked-for office days granted, over {@code officeAskers}
 * @param weekendsWorked how many agents worked 0, 1, 2, … weekends (index = weekends)
 * @param byKind the same per kind of wish
 */
public record WishReport(int wishes, int honoured, double weekendGini, double officeDayGini, int officeAskers,
        double officeShareGini, List<Integer> weekendsWorked, Map<Kind, Tally> byKind) {

    /** The kinds of wish an agent states, as the report counts them. */
    public enum Kind {
        DAY_OFF, DAY_ON, START, HOME, OFFICE
    }

    /** Wished agent-days of one kind and how many of them the roster honours. */
    public record Tally(int wishes, int honoured) {

        Tally plus(boolean kept) {
            return new Tally(wishes + 1, honoured + (kept ? 1 : 0));
        }
    }

    public double honouredShare() {
        return wishes == 0 ? 1.0 : (double) honoured / wishes;
    }

    public static WishReport of(Roster roster) {
        Map<String, AgentDay> byKey = new HashMap<>();
        roster.getAgentDays().forEach(d -> byKey.put(d.getAgent().id() + "#" + d.getDay(), d));
        Map<Kind, Tally> tallies = new EnumMap<>(Kind.class);
        for (ShiftRequest request : roster.getShiftRequests()) {
            AgentDay day = byKey.get(request.agent().id() + "#" + request.day());
            count(tallies, request.wantsToWork() ? Kind.DAY_ON : Kind.DAY_OFF,
                    request.matches(day.getShift()) == request.wantsToWork());
        }
        for (StartPreference preference : roster.getStartPreferences()) {
            AgentDay day = byKey.get(preference.agent().id() + "#" + preference.day());
            if (day.isWorking()) {
                count(tallies, Kind.START, preference.isMetBy(day.getShift()));
            }
        }
        WantedPlaces places = new WantedPlaces(roster.getLocationPreferences());
        for (AgentDay day : roster.getAgentDays()) {
            LocationPreference wanted = places.on(day);
            if (wanted != null && day.isWorking()) {
                count(tallies, wanted.location().isOffice() ? Kind.OFFICE : Kind.HOME,
                        wanted.location().equals(day.getLocation()));
            }
        }
        int wishes = tallies.values().stream().mapToInt(Tally::wishes).sum();
        int honoured = tallies.values().stream().mapToInt(Tally::honoured).sum();
        double[] weekends = weekendsWorked(roster);
        List<Double> shares = officeShares(roster, places);
        return new WishReport(wishes, honoured, gini(weekends), gini(officeDays(roster)), shares.size(), gini(shares),
                histogram(weekends), Map.copyOf(tallies));
    }

    /** Per agent asking for office days, the share of the asked-for office days the roster grants (see above). */
    private static List<Double> officeShares(Roster roster, WantedPlaces places) {
        Map<String, int[]> weeks = new java.util.LinkedHashMap<>();
        for (AgentDay day : roster.getAgentDays()) {
            if (!day.isWorking()) {
                continue;
            }
            // worked days, office wishes, office days on days without a home wish
            int[] week = weeks.computeIfAbsent(day.getAgent().id() + "#" + day.getWeek(), k -> new int[3]);
            LocationPreference wanted = places.on(day);
            week[0]++;
            week[1] += wanted != null && wanted.location().isOffice() ? 1 : 0;
            week[2] += day.isInOffice() && (wanted == null || wanted.location().isOffice()) ? 1 : 0;
        }
        Map<String, long[]> perAgent = new java.util.LinkedHashMap<>();
        Map<String, Agent> agents = new HashMap<>();
        roster.getAgents().forEach(a -> agents.put(a.id(), a));
        weeks.forEach((key, week) -> {
            String agentId = key.substring(0, key.lastIndexOf('#'));
            int contract = Math.min(week[0], agents.get(agentId).contract().minOfficeDaysPerWeek());
            int asked = Math.max(contract, week[1]);
            long[] tally = perAgent.computeIfAbsent(agentId, k -> new long[2]);
            tally[0] += asked;
            tally[1] += Math.min(asked, week[2]);
        });
        return perAgent.values().stream().filter(t -> t[0] > 0).map(t -> (double) t[1] / t[0]).toList();
    }

    private static List<Integer> histogram(double[] values) {
        int max = 0;
        for (double v : values) {
            max = Math.max(max, (int) v);
        }
        Integer[] counts = new Integer[max + 1];
        java.util.Arrays.fill(counts, 0);
        for (double v : values) {
            counts[(int) v]++;
        }
        return List.of(counts);
    }

    private static void count(Map<Kind, Tally> tallies, Kind kind, boolean kept) {
        tallies.merge(kind, new Tally(0, 0).plus(kept), (a, b) -> a.plus(kept));
    }

    private static double[] weekendsWorked(Roster roster) {
        Map<Agent, java.util.Set<Integer>> weekends = new HashMap<>();
        roster.getAgents().forEach(a -> weekends.put(a, new java.util.HashSet<>()));
        roster.getAgentDays().stream().filter(d -> d.isWorking() && d.isWeekend())
                .forEach(d -> weekends.get(d.getAgent()).add(d.getWeek()));
        return roster.getAgents().stream().mapToDouble(a -> weekends.get(a).size()).toArray();
    }

    private static double[] officeDays(Roster roster) {
        Map<Agent, Integer> office = new HashMap<>();
        roster.getAgents().stream().filter(a -> a.locations().stream().anyMatch(WorkLocation::isOffice))
                .forEach(a -> office.put(a, 0));
        roster.getAgentDays().stream().filter(AgentDay::isInOffice).forEach(d -> office.merge(d.getAgent(), 1, Integer::sum));
        return office.values().stream().mapToDouble(Integer::doubleValue).toArray();
    }

    /**
     * The Gini coefficient of non-negative values: the mean absolute difference of all pairs over twice the mean
     * (0 = all equal; (n − 1) / n = one holds everything); 0 for no values or an all-zero list.
     */
    public static double gini(double[] values) {
        int n = values.length;
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        if (n == 0 || sum == 0) {
            return 0.0;
        }
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        // sum over pairs of |xi - xj| = 2 * sum_i (2i - n + 1) * x_(i), with x sorted ascending and i from 0
        double weighted = 0;
        for (int i = 0; i < n; i++) {
            weighted += (2.0 * i - n + 1) * sorted[i];
        }
        return weighted / (n * sum);
    }

    public static double gini(List<Double> values) {
        return gini(values.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
