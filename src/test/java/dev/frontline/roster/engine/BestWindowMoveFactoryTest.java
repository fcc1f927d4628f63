package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import dev.frontline.roster.curtois.CurtoisImporter;
import dev.frontline.roster.curtois.CurtoisParser;

/**
 * The window search proposes one agent's best other assignment of a window, everybody else's shifts as they are:
 * checked against every possible week of a small centre scored by the engine itself, and on a solved Curtois roster,
 * where every window it proposes must keep the hard rules and change the score by what the search said it costs.
 */
class BestWindowMoveFactoryTest {

    private static final ShiftType EARLY = new ShiftType("E", 7 * 60, 480, Set.of(), BreakRule.none());
    /** A late shift may not be followed by an early one the next day. */
    private static final ShiftType LATE = new ShiftType("L", 15 * 60, 480, Set.of("E"), BreakRule.none());
    private static final Path INSTANCE5 = Path.of(
            "../shared/data/rostering_curtois_shift_scheduling_benchmark/instances/Instance5.txt");

    @Test
    void proposesTheWeekTheScoreRatesBestWhenTheWeekIsEmpty() {
        Roster roster = smallCentre();
        AgentDay[] row = rows(roster).get(0);
        assertThat(row[0].getAgent().id()).isEqualTo("a");
        RosterExplainer explainer = new RosterExplainer();
        Week best = bestWeekOtherThan(allWeeks(roster, row, explainer), emptyWeek(row));
        assertThat(best.score().hardScore()).isZero();

        List<ShiftType> found = search(roster, row, 0, row.length - 1).bestOther();

        assertThat(found).isNotNull();
        set(row, found);
        assertThat(explainer.score(roster)).isEqualTo(best.score());
    }

    @Test
    void fromTheBestWeekItProposesTheNextBestAndSaysWhatItCosts() {
        Roster roster = smallCentre();
        AgentDay[] row = rows(roster).get(0);
        RosterExplainer explainer = new RosterExplainer();
        List<Week> weeks = allWeeks(roster, row, explainer);
        Week best = bestWeekOtherThan(weeks, emptyWeek(row));
        Week nextBest = bestWeekOtherThan(weeks, best.shifts());
        set(row, best.shifts());

        BestWindowMoveFactory.WindowSearch search = search(roster, row, 0, row.length - 1);
        List<ShiftType> found = search.bestOther();

        assertThat(found).isNotNull().isNotEqualTo(best.shifts());
        set(row, found);
        assertThat(explainer.score(roster)).isEqualTo(nextBest.score());
        assertThat(search.costChange()).isEqualTo(best.score().softScore() - nextBest.score().softScore());
    }

    @Test
    void aPinnedDayKeepsItsShift() {
        // Wednesday pinned early: whatever else the week becomes, that day stays
        Roster roster = smallCentre(b -> b.pinned("a", 2, EARLY.id(), WorkLocation.HOME));
        AgentDay[] row = rows(roster).get(0);

        List<ShiftType> found = search(roster, row, 0, row.length - 1).bestOther();

        assertThat(found).isNotNull();
        assertThat(found.get(2)).isEqualTo(EARLY);
    }

    @Test
    void everyWindowProposedOnASolvedCurtoisRosterKeepsTheHardRulesAndCostsWhatTheSearchSaid() {
        Assumptions.assumeTrue(Files.isRegularFile(INSTANCE5), "Curtois Instance5 not in ../shared/data");
        Roster problem = CurtoisImporter.toRoster(CurtoisParser.parse(INSTANCE5));
        Roster solved = new RosterSolver(RosterSolver.config(RosterSolver.DEFAULT, Duration.ofSeconds(2),
                Duration.ofSeconds(2), 0L)).solve(problem, null).roster();
        RosterExplainer explainer = new RosterExplainer();
        HardSoftLongScore before = explainer.score(solved);
        List<AgentDay[]> rows = rows(solved);
        Random random = new Random(0);
        int proposed = 0;
        for (int t = 0; t < 100; t++) {
            AgentDay[] row = rows.get(random.nextInt(rows.size()));
            int length = 7 + random.nextInt(row.length - 6);
            int from = random.nextInt(row.length - length + 1);
            BestWindowMoveFactory.WindowSearch search = search(solved, row, from, from + length - 1);
            List<ShiftType> found = search.bestOther();
            if (found == null) {
                continue;
            }
            proposed++;
            ShiftType[] old = new ShiftType[length];
            for (int d = 0; d < length; d++) {
                old[d] = row[from + d].getShift();
                row[from + d].setShift(found.get(d));
            }
            HardSoftLongScore after = explainer.score(solved);
            String window = "days " + from + ".." + (from + length - 1) + " of " + row[0].getAgent().id();
            // the benchmark's soft score is cover and requests only: exactly what the search ranks by
            assertThat(after.hardScore()).as(window).isGreaterThanOrEqualTo(before.hardScore());
            assertThat(before.softScore() - after.softScore()).as(window).isEqualTo(search.costChange());
            for (int d = 0; d < length; d++) {
                row[from + d].setShift(old[d]);
            }
        }
        assertThat(proposed).isGreaterThan(50);
    }

    private record Week(List<ShiftType> shifts, HardSoftLongScore score) {
    }

    /** Every assignment of the agent's week (day off, early or late each day), scored by the engine. */
    private static List<Week> allWeeks(Roster roster, AgentDay[] row, RosterExplainer explainer) {
        if (allWeeks != null) {
            return allWeeks;
        }
        ShiftType[] values = {null, EARLY, LATE};
        List<Week> weeks = new ArrayList<>();
        int count = (int) Math.pow(values.length, row.length);
        for (int code = 0; code < count; code++) {
            List<ShiftType> shifts = new ArrayList<>();
            for (int d = 0, rest = code; d < row.length; d++, rest /= values.length) {
                shifts.add(values[rest % values.length]);
            }
            set(row, shifts);
            weeks.add(new Week(shifts, explainer.score(roster)));
        }
        set(row, emptyWeek(row));
        allWeeks = weeks;
        return weeks;
    }

    /** The small centre's weeks of agent "a", scored once: they do not depend on the week "a" has when asked. */
    private static List<Week> allWeeks;

    private static Week bestWeekOtherThan(List<Week> weeks, List<ShiftType> excluded) {
        return weeks.stream().filter(w -> !w.shifts().equals(excluded)).max(Comparator.comparing(Week::score))
                .orElseThrow();
    }

    private static List<ShiftType> emptyWeek(AgentDay[] row) {
        return Arrays.asList(new ShiftType[row.length]);
    }

    /**
     * A week, agent "a" to be planned: two to four days in a row, two days off together, four shifts exactly; agent
     * "b", on a contract without rules, pinned early Monday to Wednesday. Cover asks one early and one late a day (a
     * missing one costs 100, an extra one 30); "a" asked for Friday off (40) and a late shift on Sunday (20). Weekend
     * fairness is weighted 0: the search ranks weeks by cover and requests, and with two agents fairness would rate
     * weekends too.
     */
    private static Roster smallCentre() {
        return smallCentre(b -> { });
    }

    private static Roster smallCentre(Consumer<RosterBuilder> extra) {
        Contract four = Contract.unrestricted("four").withHorizonMinutes(4 * 480, 4 * 480).withConsecutive(4, 2, 2);
        RosterBuilder builder = new RosterBuilder("window", LocalDate.of(2024, 1, 1), 7).shiftType(EARLY)
                .shiftType(LATE);
        builder.agent(new Agent("a", "a", four, Map.of(), null, false, List.of(WorkLocation.HOME), List.of(EARLY, LATE),
                Map.of()));
        builder.agent(new Agent("b", "b", Contract.unrestricted("any"), Map.of(), null, false,
                List.of(WorkLocation.HOME), List.of(EARLY, LATE), Map.of()));
        for (int day = 0; day < 7; day++) {
            builder.shiftCover(day, EARLY.id(), 1, 100, 30);
            builder.shiftCover(day, LATE.id(), 1, 100, 30);
        }
        for (int day = 0; day < 3; day++) {
            builder.pinned("b", day, EARLY.id(), WorkLocation.HOME);
        }
        builder.shiftRequest("a", 4, null, false, 40);
        builder.shiftRequest("a", 6, LATE.id(), true, 20);
        builder.constraintWeight(RosterConstraints.FAIR_WEEKENDS, HardSoftLongScore.ZERO);
        extra.accept(builder);
        Roster roster = builder.build();
        for (AgentDay day : roster.getAgentDays()) {
            if (!day.isPinned()) {
                day.setShift(null);
            }
        }
        return roster;
    }

    private static BestWindowMoveFactory.WindowSearch search(Roster roster, AgentDay[] row, int from, int to) {
        List<AgentDay[]> rows = rows(roster);
        List<Map<ShiftType, Integer>> cover = new ArrayList<>();
        for (int d = from; d <= to; d++) {
            Map<ShiftType, Integer> counts = new HashMap<>();
            for (AgentDay[] other : rows) {
                if (other[0].getAgent() != row[0].getAgent() && other[d].getShift() != null) {
                    counts.merge(other[d].getShift(), 1, Integer::sum);
                }
            }
            cover.add(counts);
        }
        Map<AgentDay, List<ShiftRequest>> requests = new HashMap<>();
        for (ShiftRequest request : roster.getShiftRequests()) {
            requests.computeIfAbsent(roster.agentDay(request.agent().id(), request.day()), d -> new ArrayList<>())
                    .add(request);
        }
        return new BestWindowMoveFactory.WindowSearch(row, from, to, requests, cover);
    }

    private static List<AgentDay[]> rows(Roster roster) {
        Map<Agent, List<AgentDay>> byAgent = new LinkedHashMap<>();
        roster.getAgentDays().forEach(d -> byAgent.computeIfAbsent(d.getAgent(), a -> new ArrayList<>()).add(d));
        List<AgentDay[]> rows = new ArrayList<>();
        byAgent.values().forEach(days -> rows.add(days.stream().sorted(Comparator.comparingInt(AgentDay::getDay))
                .toArray(AgentDay[]::new)));
        return rows;
    }

    private static void set(AgentDay[] row, List<ShiftType> shifts) {
        for (int d = 0; d < row.length; d++) {
            if (!row[d].isPinned()) {
                row[d].setShift(shifts.get(d));
            }
        }
    }
}
