package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

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
        SolverConfig config = RosterSolver.withEnvironmentMode(RosterSolver.config(RosterSolver.QUICK)
                .withTerminationConfig(new TerminationConfig().withStepCountLimit(30)), EnvironmentMode.FULL_ASSERT);
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
        solved.getTrainingSessions().forEach(s -> s.setSlot(null));
        CoverageReport onThePhones = CoverageReport.of(solved);
        // the same shifts with everyone on the phones meet more of the requirement
        assertThat(onThePhones.unmetAgentHours()).isLessThan(counted.unmetAgentHours());
    }
}
