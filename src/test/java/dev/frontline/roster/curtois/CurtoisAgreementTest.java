package dev.frontline.roster.curtois;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterConstraints;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.engine.RosterExplanation;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.testing.RequiresSharedData;

/** The engine's score and the benchmark's own checker must agree, rule by rule, on random and solved rosters. */
@RequiresSharedData(CurtoisImporterTest.INSTANCES_FOLDER)
class CurtoisAgreementTest {

    private static final RosterExplainer EXPLAINER = new RosterExplainer();

    enum Rule {
        SUCCESSION("may not follow", RosterConstraints.FORBIDDEN_SUCCESSION),
        DAY_OFF("works on day off", RosterConstraints.TIME_OFF),
        MAX_TYPE("shifts [^ ]+, max", RosterConstraints.MAX_SHIFTS_OF_TYPE),
        MAX_MINUTES("minutes, max", RosterConstraints.MAX_MINUTES_IN_HORIZON),
        MIN_MINUTES("minutes, min", RosterConstraints.MIN_MINUTES_IN_HORIZON),
        MAX_RUN("consecutive shifts .*, max", RosterConstraints.MAX_CONSECUTIVE_WORKING_DAYS),
        MIN_RUN("consecutive shifts .*, min", RosterConstraints.MIN_CONSECUTIVE_WORKING_DAYS),
        DAYS_OFF("consecutive days off", RosterConstraints.MIN_CONSECUTIVE_DAYS_OFF),
        WEEKENDS("weekends worked", RosterConstraints.MAX_WEEKENDS);

        final String pattern;
        final String constraint;

        Rule(String pattern, String constraint) {
            this.pattern = ".*" + pattern + ".*";
            this.constraint = constraint;
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 8})
    void randomRostersAgree(int number) {
        CurtoisInstance instance = CurtoisImporterTest.instance(number);
        Roster roster = CurtoisImporter.toRoster(instance);
        Random random = new Random(number);
        for (int round = 0; round < 8; round++) {
            // day-off share varies per round so that runs and minutes land on both sides of the limits
            double offShare = 0.2 + 0.5 * random.nextDouble();
            for (AgentDay agentDay : roster.getAgentDays()) {
                List<ShiftType> range = agentDay.getShiftRange();
                agentDay.setShift(random.nextDouble() < offShare ? null : range.get(random.nextInt(range.size())));
            }
            assertAgree(instance, roster);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7})
    void solvedAndPerturbedRostersAgree(int number) {
        CurtoisInstance instance = CurtoisImporterTest.instance(number);
        RosterSolver solver = new RosterSolver(RosterSolver.config(RosterSolver.QUICK, Duration.ofSeconds(1), null, 7L));
        Roster roster = solver.solve(CurtoisImporter.toRoster(instance), null).roster();
        assertAgree(instance, roster);
        Random random = new Random(number);
        List<AgentDay> days = roster.getAgentDays();
        for (int round = 0; round < 10; round++) {
            AgentDay agentDay = days.get(random.nextInt(days.size()));
            List<ShiftType> range = agentDay.getShiftRange();
            agentDay.setShift(random.nextInt(3) == 0 ? null : range.get(random.nextInt(range.size())));
            assertAgree(instance, roster);
        }
    }

    private static void assertAgree(CurtoisInstance instance, Roster roster) {
        CurtoisEvaluation evaluation = CurtoisEvaluator.evaluate(instance, CurtoisImporter.toGrid(instance, roster));
        RosterExplanation explanation = EXPLAINER.explain(roster);
        HardSoftLongScore score = explanation.score();
        assertThat(-score.softScore()).as("objective").isEqualTo(evaluation.objective());
        assertThat(score.hardScore() == 0).as("feasible").isEqualTo(evaluation.feasible());
        Map<Rule, Integer> expected = new EnumMap<>(Rule.class);
        for (String violation : evaluation.hardViolations()) {
            Rule rule = java.util.Arrays.stream(Rule.values()).filter(r -> violation.matches(r.pattern)).findFirst()
                    .orElseThrow(() -> new AssertionError("unclassified violation " + violation));
            expected.merge(rule, 1, Integer::sum);
        }
        Map<String, Integer> matches = new HashMap<>();
        explanation.constraints().forEach(c -> matches.put(c.constraint(), c.matches()));
        for (Rule rule : Rule.values()) {
            assertThat(matches.getOrDefault(rule.constraint, 0)).as(rule.constraint)
                    .isEqualTo(expected.getOrDefault(rule, 0));
        }
    }
}
