package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import dev.frontline.staffing.simulation.SimulatedAgent;

class RosterServiceLevelSimulationTest {

    private static final int PER_DAY = 24 * 60 / DemandIndex.INTERVAL_MINUTES;

    private static CentreGenerator.Centre solvedCentre() {
        // 60 agents: in smaller centres some queues are too small to need an agent through their opening hours
        CentreGenerator.Centre centre = CentreGenerator.generateCentre(60, 1, 1.3, 5);
        SolverConfig config = RosterSolver.config(RosterSolver.QUICK)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(300));
        return new CentreGenerator.Centre(new RosterSolver(config).solve(centre.roster(), null).roster(), centre.traffic());
    }

    @Test
    void agentsWorkTheirShiftsWithBreaksTakenOut() {
        Roster solved = solvedCentre().roster();
        int intervals = solved.getHorizonDays() * PER_DAY;
        Map<String, SimulatedAgent> agents = RosterServiceLevelSimulation.agents(solved, intervals).stream()
                .collect(Collectors.toMap(SimulatedAgent::id, Function.identity()));
        Map<String, Integer> breakIntervals = BreakPlanner.plan(solved).stream().collect(Collectors.groupingBy(
                BreakPlanner.PlannedBreak::agentId, Collectors.summingInt(b -> b.minutes() / DemandIndex.INTERVAL_MINUTES)));
        Map<String, Integer> shiftIntervals = solved.getAgentDays().stream().filter(AgentDay::isWorking).collect(
                Collectors.groupingBy(d -> d.getAgent().id(),
                        Collectors.summingInt(d -> d.getShift().lengthMinutes() / DemandIndex.INTERVAL_MINUTES)));

        assertThat(agents.keySet()).isEqualTo(shiftIntervals.keySet());
        assertThat(breakIntervals).isNotEmpty();
        shiftIntervals.forEach((agent, worked) -> assertThat(agents.get(agent).workingIntervals().cardinality())
                .as(agent).isEqualTo(worked - breakIntervals.getOrDefault(agent, 0)));
        AgentDay someShift = solved.getAgentDays().stream().filter(AgentDay::isWorking).findFirst().orElseThrow();
        BitSet bits = agents.get(someShift.getAgent().id()).workingIntervals();
        assertThat(bits.get(someShift.getStartMinute() / DemandIndex.INTERVAL_MINUTES)).isTrue();
        assertThat(bits.get(someShift.getStartMinute() / DemandIndex.INTERVAL_MINUTES - 1)).isFalse();
    }

    @Test
    void aSolvedRosterServesItsQueuesAndAnEmptyOneDoesNot() {
        CentreGenerator.Centre centre = solvedCentre();
        List<RosterServiceLevelSimulation.QueueService> served = RosterServiceLevelSimulation.simulate(centre.roster(), centre.traffic(), 2, 3, 1);

        Roster empty = CentreGenerator.generate(60, 1, 1.3, 5);
        empty.getAgentDays().forEach(d -> d.setShift(null));
        List<RosterServiceLevelSimulation.QueueService> unserved = RosterServiceLevelSimulation.simulate(empty, centre.traffic(), 2, 3, 1);

        // a queue whose requirement is about one agent through its opening hours may see (almost) no contacts
        List<String> busy = served.stream().filter(s -> s.offered().mean() > 0).map(RosterServiceLevelSimulation.QueueService::queueId)
                .toList();
        assertThat(busy).hasSizeGreaterThanOrEqualTo(4);
        assertThat(served).hasSize(6).filteredOn(s -> !busy.contains(s.queueId()))
                .allSatisfy(s -> assertThat(s.meetsGoal()).as("no contacts, nothing missed").isTrue());
        double servedVoice = served.stream().filter(s -> busy.contains(s.queueId()) && s.queueId().endsWith("voice"))
                .mapToDouble(s -> s.serviceLevel().mean()).average().orElseThrow();
        assertThat(servedVoice).isGreaterThan(0.5);
        assertThat(unserved).filteredOn(s -> busy.contains(s.queueId())).allSatisfy(s -> {
            assertThat(s.serviceLevel().mean()).isLessThan(0.05);
            assertThat(s.meetsGoal()).isFalse();
        });
    }

    @Test
    void refusesMoreDaysThanTheHorizon() {
        CentreGenerator.Centre centre = CentreGenerator.generateCentre(8, 1, 1.2, 3);
        assertThatThrownBy(() -> RosterServiceLevelSimulation.simulate(centre.roster(), centre.traffic(), 8, 3, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("between 1 and the horizon's 7");
    }
}
