package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BreakPlannerTest {

    private static final ShiftType DAY = new ShiftType("D", 9 * 60, 8 * 60, Set.of(),
            new BreakRule(2, 15, 30, 60, 60, 30));

    private static Roster roster(double[] requiredByHour) {
        return roster(requiredByHour, List.of("a", "b"));
    }

    private static Roster roster(double[] requiredByHour, List<String> agents) {
        Queue voice = new Queue("voice", "Voice", Channel.VOICE);
        RosterBuilder builder = new RosterBuilder("breaks", LocalDate.of(2024, 1, 1), 1).queue(voice).shiftType(DAY);
        for (String id : agents) {
            builder.agent(new Agent(id, id, Contract.unrestricted("c"), Map.of(voice, 1.0), null, false,
                    List.of(WorkLocation.HOME), List.of(DAY), Map.of()));
            builder.pinned(id, 0, "D", WorkLocation.HOME);
        }
        for (int minute = 0; minute < 24 * 60; minute += 15) {
            builder.requirement("voice", 0, minute, requiredByHour[minute / 60]);
        }
        return builder.build();
    }

    @Test
    void everyBucketKeepsTheBreaksOnTheGridInsideTheTemplate() {
        double[] required = new double[24];
        java.util.Arrays.fill(required, 9, 17, 2.0);
        Roster roster = roster(required);
        AgentDay a = agentDay(roster, "a");
        for (int bucket = 0; bucket < BreakPlanner.STAGGER_BUCKETS; bucket++) {
            a.setBreakBucket(bucket);
            List<BreakPlanner.PlannedBreak> breaks = a.getBreaks();
            assertThat(breaks).as("bucket %d", bucket).hasSize(3);
            assertThat(breaks).filteredOn(BreakPlanner.PlannedBreak::lunch).hasSize(1);
            for (BreakPlanner.PlannedBreak b : breaks) {
                assertThat(b.startMinute() % 15).isZero();
                // the template: not before an hour into the 09:00-17:00 shift, ending an hour before its end
                assertThat(b.startMinute()).isGreaterThanOrEqualTo(10 * 60);
                assertThat(b.startMinute() + b.minutes()).isLessThanOrEqualTo(16 * 60);
            }
            // the same agent-day and bucket always get the same breaks
            assertThat(a.getBreaks()).isEqualTo(breaks);
        }
    }

    @Test
    void theBucketsReachTheWholeLunchWindowNotOnlyItsQuietMoments() {
        double[] required = new double[24];
        java.util.Arrays.fill(required, 9, 17, 2.0);
        // 11:00-12:00 needs nobody: a placement ranked by the requirement would keep every lunch there
        required[11] = 0.0;
        AgentDay a = agentDay(roster(required), "a");
        java.util.Set<Integer> lunchStarts = new java.util.TreeSet<>();
        for (int bucket = 0; bucket < BreakPlanner.STAGGER_BUCKETS; bucket++) {
            a.setBreakBucket(bucket);
            a.getBreaks().stream().filter(BreakPlanner.PlannedBreak::lunch)
                    .forEach(b -> lunchStarts.add(b.startMinute()));
        }
        // the middle third of 09:00-17:00 holds lunches from 11:45 to 13:50: the buckets reach both ends of it
        assertThat(lunchStarts).hasSizeGreaterThanOrEqualTo(4);
        assertThat(lunchStarts).anyMatch(start -> start < 12 * 60 + 30).anyMatch(start -> start > 13 * 60);
    }

    @Test
    void theBestScoringBucketsPutTheLunchesWhereCoverageAffordsThem() {
        double[] required = new double[24];
        java.util.Arrays.fill(required, 9, 17, 2.0);
        // from 13:00 to 15:00 only one agent is needed: the score prefers the lunches there
        required[13] = 1.0;
        required[14] = 1.0;
        Roster roster = roster(required);
        AgentDay a = agentDay(roster, "a");
        AgentDay b = agentDay(roster, "b");
        RosterExplainer explainer = new RosterExplainer();
        long best = Long.MIN_VALUE;
        int[] bestBuckets = null;
        for (int bucketA = 0; bucketA < BreakPlanner.STAGGER_BUCKETS; bucketA++) {
            for (int bucketB = 0; bucketB < BreakPlanner.STAGGER_BUCKETS; bucketB++) {
                a.setBreakBucket(bucketA);
                b.setBreakBucket(bucketB);
                long soft = explainer.score(roster).softScore();
                if (soft > best) {
                    best = soft;
                    bestBuckets = new int[] {bucketA, bucketB};
                }
            }
        }
        a.setBreakBucket(bestBuckets[0]);
        b.setBreakBucket(bestBuckets[1]);
        assertThat(BreakPlanner.plan(roster)).filteredOn(BreakPlanner.PlannedBreak::lunch).hasSize(2)
                .allMatch(lunch -> lunch.startMinute() >= 13 * 60 && lunch.startMinute() + lunch.minutes() <= 15 * 60);
    }

    private static AgentDay agentDay(Roster roster, String agentId) {
        return roster.getAgentDays().stream().filter(d -> d.getAgent().id().equals(agentId)).findFirst().orElseThrow();
    }

    @Test
    void lunchStaysInTheMiddleThirdOfTheShiftEvenWhenTheMorningIsQuiet() {
        double[] required = new double[24];
        java.util.Arrays.fill(required, 9, 17, 2.0);
        // 09:00 and 10:00 need nobody: by coverage alone every lunch would go there, an hour into the shift
        required[9] = 0.0;
        required[10] = 0.0;
        List<BreakPlanner.PlannedBreak> lunches = BreakPlanner.plan(roster(required)).stream()
                .filter(BreakPlanner.PlannedBreak::lunch).toList();

        // 09:00-17:00: not before 11:40 (rounded up to 11:45), ending by 14:20
        assertThat(lunches).hasSize(2).allSatisfy(b -> {
            assertThat(b.startMinute()).isGreaterThanOrEqualTo(11 * 60 + 45);
            assertThat(b.startMinute() + b.minutes()).isLessThanOrEqualTo(14 * 60 + 20);
        });
    }

    @Test
    void breaksOfOneShiftKeepTheirGap() {
        double[] flat = new double[24];
        java.util.Arrays.fill(flat, 1.0);
        List<BreakPlanner.PlannedBreak> breaks = BreakPlanner.plan(roster(flat));
        for (String agent : List.of("a", "b")) {
            List<BreakPlanner.PlannedBreak> own = breaks.stream().filter(b -> b.agentId().equals(agent)).toList();
            assertThat(own).hasSize(3);
            for (int i = 1; i < own.size(); i++) {
                assertThat(own.get(i).startMinute()).isGreaterThanOrEqualTo(own.get(i - 1).startMinute()
                        + own.get(i - 1).minutes() + 30);
            }
        }
    }

    @Test
    void agentsOnTheSameShiftTakeTheirLunchAtDifferentTimes() {
        double[] flat = new double[24];
        java.util.Arrays.fill(flat, 1.0);
        List<String> agents = List.of("a", "b", "c", "d", "e", "f", "g", "h");
        List<BreakPlanner.PlannedBreak> lunches = BreakPlanner.plan(roster(flat, agents)).stream()
                .filter(BreakPlanner.PlannedBreak::lunch).toList();

        assertThat(lunches).hasSize(agents.size());
        assertThat(lunches.stream().map(BreakPlanner.PlannedBreak::startMinute).distinct().count()).isGreaterThan(2);
    }

    @Test
    void theScoreCountsExactlyTheBreaksThePlannerShows() {
        double[] required = new double[24];
        java.util.Arrays.fill(required, 9, 17, 2.0);
        Roster roster = roster(required, List.of("a", "b"));
        List<BreakPlanner.PlannedBreak> breaks = BreakPlanner.plan(roster);
        for (AgentDay day : roster.getAgentDays()) {
            java.util.Set<Integer> away = new java.util.HashSet<>();
            breaks.stream().filter(b -> b.agentId().equals(day.getAgent().id())).forEach(b -> {
                for (int minute = b.startMinute(); minute < b.startMinute() + b.minutes(); minute += 15) {
                    away.add(minute / 15);
                }
            });
            List<Integer> expected = new java.util.ArrayList<>();
            for (int interval = day.getStartMinute() / 15; interval < day.getEndMinute() / 15; interval++) {
                if (!away.contains(interval)) {
                    expected.add(interval);
                }
            }
            assertThat(java.util.Arrays.stream(day.getPresence()).boxed().toList()).as(day.getAgent().id()).isEqualTo(expected);
            assertThat(day.getBreaks()).isEqualTo(breaks.stream().filter(b -> b.agentId().equals(day.getAgent().id())).toList());
        }
        // 2 agents for 2 required from 09:00 to 17:00: before breaks nothing is short, after them every break interval is
        CoverageReport report = CoverageReport.of(roster);
        assertThat(report.undercoveragePercent()).isZero();
        long shortAfterBreaks = 0;
        for (int interval = 9 * 4; interval < 17 * 4; interval++) {
            int at = interval;
            long present = roster.getAgentDays().stream().filter(d -> java.util.Arrays.stream(d.getPresence()).anyMatch(t -> t == at))
                    .count();
            shortAfterBreaks += Math.max(0, 2 - present);
        }
        assertThat(shortAfterBreaks).isGreaterThanOrEqualTo(2 * 60 / 15);
        assertThat(report.unmetAgentHoursAfterBreaks()).isEqualTo(shortAfterBreaks * 0.25);
        assertThat(report.undercoverageAfterBreaksPercent())
                .isCloseTo(100.0 * shortAfterBreaks * 0.25 / (2 * 8), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void anAgentDaysBucketPlacesItsBreaksAndTheScoreCountsWhereTheyFall() {
        double[] required = new double[24];
        java.util.Arrays.fill(required, 9, 17, 2.0);
        Roster roster = roster(required, List.of("a", "b"));
        AgentDay a = agentDay(roster, "a");
        AgentDay b = agentDay(roster, "b");
        // the first roster is the one the hash gave before the bucket was a variable
        assertThat(a.getBreakBucket()).isEqualTo(BreakPlanner.bucket("a", 0));
        RosterExplainer explainer = new RosterExplainer();
        Set<Integer> awayB = away(b.getBreaks());
        Map<List<BreakPlanner.PlannedBreak>, Long> softByPlacement = new java.util.HashMap<>();
        for (int bucket = 0; bucket < BreakPlanner.STAGGER_BUCKETS; bucket++) {
            a.setBreakBucket(bucket);
            List<BreakPlanner.PlannedBreak> breaks = a.getBreaks();
            assertThat(BreakPlanner.plan(roster)).containsAll(breaks);
            // what the score counts is the shift less these breaks
            Set<Integer> present = new java.util.HashSet<>();
            java.util.Arrays.stream(a.getPresence()).forEach(present::add);
            assertThat(present).doesNotContainAnyElementsOf(away(breaks)).hasSize(8 * 4 - away(breaks).size());
            // two agents for two required: a break alone leaves one short, two at once two short (squared: 4 not 2)
            Set<Integer> together = new java.util.HashSet<>(away(breaks));
            together.retainAll(awayB);
            long soft = explainer.score(roster).softScore();
            softByPlacement.put(breaks, soft);
            assertThat(CoverageReport.of(roster).shortfalls()).isNotEmpty();
            if (together.isEmpty()) {
                assertThat(soft).isEqualTo(softByPlacement.values().stream().mapToLong(Long::longValue).max().orElseThrow());
            }
        }
        // the buckets place the breaks in more than one way, and the score tells the placements apart
        assertThat(softByPlacement).hasSizeGreaterThan(1);
        assertThat(softByPlacement.values().stream().distinct().count()).isGreaterThan(1);
    }

    private static Set<Integer> away(List<BreakPlanner.PlannedBreak> breaks) {
        Set<Integer> away = new java.util.HashSet<>();
        for (BreakPlanner.PlannedBreak pause : breaks) {
            for (int minute = pause.startMinute(); minute < pause.startMinute() + pause.minutes(); minute += 15) {
                away.add(minute / 15);
            }
        }
        return away;
    }
}
