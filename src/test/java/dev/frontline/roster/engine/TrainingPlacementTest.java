package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import ai.timefold.solver.core.config.localsearch.LocalSearchPhaseConfig;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;

/** Training sessions placed by the roster engine (issue 15): inside every attendee's shift, before the due date. */
class TrainingPlacementTest {

    private static final RosterExplainer EXPLAINER = new RosterExplainer();

    private static Roster centre() {
        return CentreGenerator.generateCentre(30, 2, 1.3, 4, null, CentreGenerator.Wishes.GENERATED, true).roster();
    }

    @Test
    void theGeneratedTrainingIsScaledToTheCentre() {
        Roster roster = centre();
        // 30 agents: 2 in the 3-day course (three sessions), 6 in 2-hour sessions, 4 in refreshers, one cohort each
        assertThat(roster.getTrainingSessions()).extracting(s -> s.getNeed().courseCode())
                .containsExactly("CHAT-3D", "CHAT-3D", "CHAT-3D", "PRODUCT", "COMPLY");
        assertThat(roster.getTrainingSessions().get(2).getPrevious()).isSameAs(roster.getTrainingSessions().get(1));
        assertThat(roster.getTrainingSessions()).allMatch(s -> !s.getSlots().isEmpty());
    }

    @Test
    void sessionMovesAreScoredIncrementallyAsFromScratch() {
        // only session moves, under FULL_ASSERT: moving a course's session must re-score the sessions after it
        SolverConfig config = RosterSolver.withEnvironmentMode(RosterSolver.config(RosterSolver.QUICK)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(60)), EnvironmentMode.FULL_ASSERT);
        for (var phase : config.getPhaseConfigList()) {
            if (phase instanceof LocalSearchPhaseConfig localSearch) {
                localSearch.setMoveSelectorConfig(new MoveIteratorFactoryConfig()
                        .withMoveIteratorFactoryClass(SessionMoveFactory.class));
            }
        }
        Roster problem = CentreGenerator.generateCentre(10, 1, 1.2, 3, null, CentreGenerator.Wishes.GENERATED, true)
                .roster();
        RosterSolver.Outcome outcome = new RosterSolver(config).solve(problem, null);
        assertThat(EXPLAINER.score(outcome.roster())).isEqualTo(outcome.score());
    }

    @Test
    void everySessionIsPlacedInsideItsPeoplesShiftsBeforeItsDueDate() {
        SolverConfig config = RosterSolver.config(RosterSolver.QUICK)
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(30_000L));
        RosterSolver.Outcome outcome = new RosterSolver(config).solve(centre(), null);
        Roster solved = outcome.roster();

        assertThat(outcome.score().hardScore()).isZero();
        for (TrainingSession session : solved.getTrainingSessions()) {
            assertThat(session.isPlaced()).as(session.getId()).isTrue();
            assertThat(session.getDay()).isBetween(session.getNeed().earliestDay(), session.getNeed().lastDay());
            for (Agent person : session.getPeople()) {
                assertThat(session.isHeldBy(solved.agentDay(person.id(), session.getDay())))
                        .as(person.id() + " in " + session).isTrue();
            }
        }
        List<TrainingSession> course = solved.getTrainingSessions().subList(0, 3);
        assertThat(course.get(0).getEnd()).isLessThanOrEqualTo(course.get(1).getStart());
        assertThat(course.get(1).getEnd()).isLessThanOrEqualTo(course.get(2).getStart());
    }

    @Test
    void trainingTimeIsOffThePhonesInTheCoverageReport() {
        SolverConfig config = RosterSolver.config(RosterSolver.QUICK)
                .withTerminationConfig(new TerminationConfig().withMoveCountLimit(5_000L));
        Roster solved = new RosterSolver(config).solve(centre(), null).roster();
        CoverageReport counted = CoverageReport.of(solved);
        List<TrainingSlot> slots = solved.getTrainingSessions().stream().map(TrainingSession::getSlot).toList();
        // the same shifts with everyone on the phones meet more of the requirement, and the sessions are put back
        assertThat(CoverageReport.trainingCostAfterBreaks(solved, solved.getTrainingSessions())).isPositive();
        assertThat(solved.getTrainingSessions()).extracting(TrainingSession::getSlot).containsExactlyElementsOf(slots);
        solved.getTrainingSessions().forEach(s -> s.setSlot(null));
        CoverageReport onThePhones = CoverageReport.of(solved);
        assertThat(onThePhones.unmetAgentHours()).isLessThan(counted.unmetAgentHours());
    }

    @Test
    void theIntervalExplanationShowsWhoIsInTraining() {
        Queue voice = new Queue("voice", "Voice", Channel.VOICE);
        ShiftType early = new ShiftType("E", 7 * 60, 8 * 60);
        RosterBuilder builder = new RosterBuilder("two", java.time.LocalDate.of(2024, 1, 1), 7).queue(voice)
                .shiftType(early);
        for (String id : List.of("a", "b")) {
            builder.agent(new Agent(id, "Agent " + id, Contract.unrestricted("c"), java.util.Map.of(voice, 1.0), null,
                    false, List.of(WorkLocation.HOME), List.of(early), java.util.Map.of()));
            builder.pinned(id, 0, "E", WorkLocation.HOME);
        }
        builder.requirement("voice", 0, 9 * 60, 2.0);
        builder.training(new TrainingNeed("s", "CHAT", "Chat basics", 1, 1, 120, List.of("a"), null, "Ana", null, 0, null, 0,
                6, null));
        Roster roster = builder.build();
        roster.getTrainingSessions().getFirst().setSlot(new TrainingSlot(0, 9 * 60));

        RosterExplainer.IntervalDetail detail = RosterExplainer.interval(roster, "voice", 0, 9 * 60).orElseThrow();

        assertThat(detail.agents()).extracting(RosterExplainer.AgentShare::agentId, RosterExplainer.AgentShare::share,
                RosterExplainer.AgentShare::trainingCourse).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", 0.0, "Chat basics"),
                        org.assertj.core.groups.Tuple.tuple("b", 1.0, null));
        assertThat(detail.shortfall()).isEqualTo(1.0);
    }

    @Test
    void aNamedTrainersSessionsTakeOnlySlotsInsideTheirAvailability() {
        Queue voice = new Queue("voice", "Voice", Channel.VOICE);
        ShiftType early = new ShiftType("E", 7 * 60, 8 * 60);
        RosterBuilder builder = new RosterBuilder("two", java.time.LocalDate.of(2024, 1, 1), 14).queue(voice)
                .shiftType(early);
        builder.agent(new Agent("a", "Agent a", Contract.unrestricted("c"), java.util.Map.of(voice, 1.0), null, false,
                List.of(WorkLocation.HOME), List.of(early), java.util.Map.of()));
        builder.training(new TrainingNeed("s", "CHAT", "Chat basics", 1, 1, 120, List.of("a"), null, "Ana", null, 0, null,
                0, 13, null));
        // Ana trains on Tuesdays from 09:00 to 12:00, and not on Tuesday 9 January
        builder.trainerAvailability("Ana", new TrainerAvailability(
                java.util.Map.of(java.time.DayOfWeek.TUESDAY, new TrainerAvailability.Window(9 * 60, 12 * 60)),
                java.util.Set.of(java.time.LocalDate.of(2024, 1, 9))));

        List<TrainingSlot> slots = builder.build().getTrainingSessions().getFirst().getSlots();

        // 2 January, 09:00 and 09:30 and 10:00 (a 2-hour session ends by 12:00); the 9th is away
        assertThat(slots).containsExactly(new TrainingSlot(1, 9 * 60), new TrainingSlot(1, 9 * 60 + 30),
                new TrainingSlot(1, 10 * 60));
    }
}
