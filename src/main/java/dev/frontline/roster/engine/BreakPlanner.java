package dev.frontline.roster.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Places breaks and lunches inside shifts at 15-minute grain. It is one rule used in two places: the score counts
 * coverage after the breaks it places ({@link DemandIndex#presence}), and the product shows, stores and simulates the
 * same breaks ({@link #plan}), so what the solver counted is what agents are told.
 * <p>
 * The placement of an agent-day's breaks depends only on the agent, the day and the shift, never on other agents'
 * shifts: the score must be a function of the roster (Timefold recomputes it from scratch and compares in its assert
 * modes), so a placement greedy against the coverage of the moment, which depends on the order moves were made, could
 * not be counted. Coverage still decides: the search moves shifts, and with them their break windows, to where the
 * breaks can be afforded.
 * <p>
 * Per shift the lunch is placed first, then the short breaks. A candidate start lies in the template's window (not
 * earlier than {@code earliestAfterStartMinutes} after the start, ending at least {@code latestBeforeEndMinutes}
 * before the end) and keeps {@code minGapMinutes} from the shift's breaks placed so far; a lunch lies in the middle
 * third of the shift as well (an agent starting at 07:00 eats between 09:45 and 12:15, not at 08:00 because the early
 * morning is quiet), unless the shift is too short for that. The window is still what {@link BreakWindow} bounds, so the
 * lower bound stays a relaxation of every roster. The candidates are ranked by
 * the requirement of the agent's queues during the break (least first: a quiet moment), then by the distance to the
 * break's ideal position (lunch mid-shift, breaks at a quarter and three quarters, or evenly spread), then by time;
 * the agent-day's stagger bucket (one of {@value #STAGGER_BUCKETS}, {@link AgentDay#getBreakBucket()}) and the break's
 * number choose a place in that ranking, spread over all of it and leaning towards its quiet end
 * ({@link #BUCKET_QUANTILES}). Taking only the best quarter, as this did before, sent every break of the centre to
 * the quiet moments, which rosters staff to their requirement like the rest, so those became the short ones. The
 * buckets stagger the breaks of agents working the same shift, who would otherwise all leave at the same quarter-hour;
 * that there are few of them lets the engine keep each placement once per skill set, day, shift and bucket instead
 * of recomputing it at every move. The bucket is a planning variable: it starts at a stable hash of
 * agent id and day ({@link #bucket}) and the search changes it where another of the placements covers better, so the
 * breaks are still a function of the roster, now of a variable of it.
 */
public final class BreakPlanner {

    /** A placed break: {@code startMinute} counts minutes from the horizon start. */
    public record PlannedBreak(String agentId, int day, int startMinute, int minutes, boolean lunch) {

        public String describe() {
            int minuteOfDay = startMinute % (24 * 60);
            return String.format(Locale.ROOT, "%s day %d %02d:%02d %d min %s", agentId, day, minuteOfDay / 60,
                    minuteOfDay % 60, minutes, lunch ? "lunch" : "break");
        }
    }

    static final int STAGGER_BUCKETS = 8;
    /**
     * Where in a break's ranking (quietest first) each bucket falls: ((b + ½) / 8)^1.5, spread over the whole ranking
     * and leaning towards its quiet end (docs/roster.md, <em>Breaks and lunches</em>).
     */
    private static final double[] BUCKET_QUANTILES = java.util.stream.IntStream.range(0, STAGGER_BUCKETS)
            .mapToDouble(b -> Math.pow((b + 0.5) / STAGGER_BUCKETS, 1.5)).toArray();
    /** A lunch starts no earlier than a third of the shift in and ends no later than a third before its end. */
    static final int LUNCH_THIRDS = 3;

    private BreakPlanner() {
    }

    /** Every break of the roster, by day, shift start and agent id; the same breaks the score counted. */
    public static List<PlannedBreak> plan(Roster roster) {
        List<AgentDay> shifts = roster.getAgentDays().stream().filter(AgentDay::isWorking)
                .sorted(Comparator.comparingInt(AgentDay::getDay).thenComparingInt(AgentDay::getStartMinute)
                        .thenComparing(d -> d.getAgent().id()))
                .toList();
        List<PlannedBreak> planned = new ArrayList<>();
        for (AgentDay shift : shifts) {
            planned.addAll(shift.getBreaks());
        }
        return planned;
    }

    /** The breaks of one agent working one shift on one day with the given stagger bucket, by start. */
    static List<PlannedBreak> breaks(DemandIndex index, Agent agent, int day, ShiftType shift, int bucket) {
        BreakRule rule = shift.breakRule();
        if (!rule.hasBreaks()) {
            return List.of();
        }
        DemandIndex.AgentSkills skills = index == null ? null : index.skillsOf(agent);
        List<PlannedBreak> placed = new ArrayList<>();
        int start = day * 24 * 60 + shift.startMinute();
        int length = shift.lengthMinutes();
        if (rule.lunchMinutes() > 0) {
            // a lunch belongs to the middle third of the shift; a shift too short for that takes it where it fits
            int first = roundUp(start + Math.max(rule.earliestAfterStartMinutes(), length / LUNCH_THIRDS));
            int last = start + length - Math.max(rule.latestBeforeEndMinutes(), length / LUNCH_THIRDS)
                    - rule.lunchMinutes();
            if (first > last) {
                first = earliestStart(start, rule);
                last = latestStart(start, length, rule, rule.lunchMinutes());
            }
            place(agent, day, bucket, first, last, rule, rule.lunchMinutes(), true, start + length / 2, 0, placed,
                    index, skills);
        }
        for (int k = 0; k < rule.breakCount(); k++) {
            int ideal = start + (k + 1) * length / (rule.breakCount() + 1);
            if (rule.lunchMinutes() > 0 && rule.breakCount() == 2) {
                // with a mid-shift lunch, one break before it and one after
                ideal = start + (k == 0 ? length / 4 : 3 * length / 4);
            }
            place(agent, day, bucket, earliestStart(start, rule), latestStart(start, length, rule, rule.breakMinutes()),
                    rule, rule.breakMinutes(), false, ideal, k + 1, placed, index, skills);
        }
        placed.sort(Comparator.comparingInt(PlannedBreak::startMinute));
        return List.copyOf(placed);
    }

    /** The template's window: the first start on the grid no earlier than the earliest the rule allows. */
    private static int earliestStart(int shiftStart, BreakRule rule) {
        return roundUp(shiftStart + rule.earliestAfterStartMinutes());
    }

    /** The template's window: the last start of a break of {@code minutes} ending early enough before the end. */
    private static int latestStart(int shiftStart, int length, BreakRule rule, int minutes) {
        return shiftStart + length - rule.latestBeforeEndMinutes() - minutes;
    }

    @SuppressWarnings("java:S107") // one break's placement reads the shift, the rule and the demand
    private static void place(Agent agent, int day, int bucket, int first, int last, BreakRule rule, int minutes,
            boolean lunch, int ideal, int number, List<PlannedBreak> placed, DemandIndex index,
            DemandIndex.AgentSkills skills) {
        // one sortable number per candidate: requirement, then distance to the ideal, then time (placements are cached
        // per skill set, day, shift and bucket, but a search still asks for thousands of them)
        long[] ranked = new long[Math.max(0, (last - first) / DemandIndex.INTERVAL_MINUTES + 1)];
        int count = 0;
        for (int candidate = first; candidate <= last; candidate += DemandIndex.INTERVAL_MINUTES) {
            if (keepsGap(candidate, minutes, rule.minGapMinutes(), placed)) {
                long distance = Math.abs(candidate - ideal);
                ranked[count++] = required(index, skills, candidate, minutes) << 24 | distance << 12
                        | (candidate - first) / DemandIndex.INTERVAL_MINUTES;
            }
        }
        if (count == 0) {
            return;
        }
        Arrays.sort(ranked, 0, count);
        // each break of the shift orders the buckets differently, so that one bucket does not take every break's quietest
        int order = (bucket * 3 + number * 5) % STAGGER_BUCKETS;
        int chosen = Math.min(count - 1, (int) (count * BUCKET_QUANTILES[order]));
        int startMinute = first + (int) (ranked[chosen] & 0xFFF) * DemandIndex.INTERVAL_MINUTES;
        placed.add(new PlannedBreak(agent.id(), day, startMinute, minutes, lunch));
    }

    private static long required(DemandIndex index, DemandIndex.AgentSkills skills, int startMinute, int minutes) {
        if (skills == null) {
            return 0;
        }
        long required = 0;
        for (int interval = startMinute / DemandIndex.INTERVAL_MINUTES;
                interval < (startMinute + minutes + DemandIndex.INTERVAL_MINUTES - 1) / DemandIndex.INTERVAL_MINUTES; interval++) {
            required += index.requiredMilli(skills, interval);
        }
        return required;
    }

    /**
     * The first stagger bucket of an agent-day, and the one of a stored shift saved before the bucket was stored: a
     * stable hash of the agent id (String.hashCode is specified) and the day.
     */
    static int bucket(String agentId, int day) {
        return (int) Long.remainderUnsigned(mix(agentId.hashCode() * 0x9E3779B97F4A7C15L + day), STAGGER_BUCKETS);
    }

    /** SplitMix64's finaliser: spreads a number's bits so that neighbouring inputs give unrelated outputs. */
    private static long mix(long seed) {
        long z = seed;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static boolean keepsGap(int candidate, int minutes, int gap, List<PlannedBreak> placed) {
        for (PlannedBreak other : placed) {
            if (candidate < other.startMinute() + other.minutes() + gap && other.startMinute() < candidate + minutes + gap) {
                return false;
            }
        }
        return true;
    }

    private static int roundUp(int minute) {
        return (minute + DemandIndex.INTERVAL_MINUTES - 1) / DemandIndex.INTERVAL_MINUTES * DemandIndex.INTERVAL_MINUTES;
    }
}
