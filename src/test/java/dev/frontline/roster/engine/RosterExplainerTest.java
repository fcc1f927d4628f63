package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The explanation's filters, an agent's cost and the detail of one interval. */
class RosterExplainerTest {

    private static final ShiftType EARLY = new ShiftType("E", 7 * 60, 8 * 60);
    private static final ShiftType LATE = new ShiftType("L", 14 * 60, 8 * 60);

    /** Two agents on one voice queue; a works the early on day 0, b is off; 2 agents wanted at 07:00, 1 at 14:00. */
    private static Roster roster() {
        Queue voice = new Queue("voice", "Voice", Channel.VOICE);
        Contract fullTime = Contract.unrestricted("c").withWeeklyMinutes(2400, Contract.UNLIMITED);
        RosterBuilder builder = new RosterBuilder("explain", LocalDate.of(2024, 1, 1), 7).queue(voice)
                .shiftType(EARLY).shiftType(LATE);
        for (String id : List.of("a", "b")) {
            builder.agent(new Agent(id, "Agent " + id, fullTime, Map.of(voice, 1.0), null, false,
                    List.of(WorkLocation.HOME), List.of(EARLY, LATE), Map.of()));
        }
        builder.requirement("voice", 0, 7 * 60, 2).requirement("voice", 0, 14 * 60, 0.5);
        builder.pinned("a", 0, "E", WorkLocation.HOME);
        return builder.build();
    }

    @Test
    void breachesFilterByRuleAgentAndDayAndAnAgentsCostAddsUp() {
        RosterExplanation explanation = new RosterExplainer().explain(roster());

        List<RosterExplanation.Breach> ofA = explanation.breaches(null, "a", null);
        assertThat(ofA).isNotEmpty().allMatch(b -> "a".equals(b.why().agentId()));
        assertThat(explanation.breaches(RosterConstraints.MIN_MINUTES_PER_WEEK, null, null))
                .extracting(b -> b.why().agentId()).containsExactlyInAnyOrder("a", "b");
        // interval under-coverage (07:00 is one agent short) names day 0 but no agent
        assertThat(explanation.breaches(RosterConstraints.INTERVAL_UNDER_COVERAGE, null, 0)).hasSize(1);
        assertThat(explanation.breaches(RosterConstraints.INTERVAL_UNDER_COVERAGE, "a", 0)).isEmpty();

        RosterExplanation.AgentCost cost = explanation.agentCost("a");
        // a works 8 h of the 40 h weekly minimum: 32 hours short
        assertThat(cost.byConstraint()).containsEntry(RosterConstraints.MIN_MINUTES_PER_WEEK, HardSoftLongScore.ofHard(-32));
        assertThat(cost.total()).isEqualTo(ofA.stream().map(RosterExplanation.Breach::cost)
                .reduce(HardSoftLongScore.ZERO, HardSoftLongScore::add));
    }

    @Test
    void anIntervalShowsRequirementSupplyGapPenaltyAndWhoWorksIt() {
        Roster roster = roster();

        RosterExplainer.IntervalDetail seven = RosterExplainer.interval(roster, "voice", 0, 7 * 60 + 5).orElseThrow();
        assertThat(seven.minuteOfDay()).isEqualTo(7 * 60);
        assertThat(seven.required()).isEqualTo(2.0);
        assertThat(seven.scheduled()).isEqualTo(1.0);
        assertThat(seven.shortfall()).isEqualTo(1.0);
        assertThat(seven.surplus()).isZero();
        // one agent short: 1² × 100
        assertThat(seven.penalty()).isEqualTo(HardSoftLongScore.ofSoft(-100));
        assertThat(seven.agents()).extracting(RosterExplainer.AgentShare::agentId).containsExactly("a");

        // 14:00 wants half an agent and has a (until 15:00): half an agent over, 0.5 × 10 = 5
        RosterExplainer.IntervalDetail two = RosterExplainer.interval(roster, "voice", 0, 14 * 60).orElseThrow();
        assertThat(two.surplus()).isEqualTo(0.5);
        assertThat(two.penalty()).isEqualTo(HardSoftLongScore.ofSoft(-5));

        assertThat(RosterExplainer.interval(roster, "voice", 1, 7 * 60)).isEmpty();
    }

    @Test
    void anIntervalShowsHowTheCrossSkilledAgentsWereAllocated() {
        Queue voice = new Queue("voice", "Voice", Channel.VOICE);
        Queue chat = new Queue("chat", "Chat", Channel.CHAT);
        RosterBuilder builder = new RosterBuilder("allocation", LocalDate.of(2024, 1, 1), 1).queue(voice).queue(chat)
                .shiftType(EARLY);
        for (String id : List.of("a", "b", "c", "d")) {
            Map<Queue, Double> skills = id.equals("d") ? Map.of(chat, 1.0) : Map.of(voice, 1.0, chat, 1.0);
            builder.agent(new Agent(id, "Agent " + id, Contract.unrestricted("c"), skills, null, false,
                    List.of(WorkLocation.HOME), List.of(EARLY), Map.of()));
            builder.pinned(id, 0, "E", WorkLocation.HOME);
        }
        // voice wants 2.5, chat 1.5: the chat agent covers 1, the three cross-skilled agents split 2.5 / 0.5 and
        // leave nothing short
        builder.requirement("voice", 0, 8 * 60, 2.5).requirement("chat", 0, 8 * 60, 1.5);
        Roster roster = builder.build();

        RosterExplainer.IntervalDetail detail = RosterExplainer.interval(roster, "voice", 0, 8 * 60).orElseThrow();
        assertThat(detail.shortfall()).isZero();
        assertThat(detail.scheduled()).isEqualTo(2.5);
        assertThat(detail.allocation()).hasSize(1);
        RosterExplainer.GroupAllocation cross = detail.allocation().get(0);
        assertThat(cross.describe()).isEqualTo("3 cross-skilled agents: 2.5 on voice, 0.5 on chat");
        assertThat(cross.message()).isEqualTo(new RosterExplanation.Message("roster.interval.allocation", List.of(3)));
        assertThat(cross.parts()).containsExactly(
                new RosterExplanation.Message("roster.interval.allocation.part", List.of(2.5, "voice")),
                new RosterExplanation.Message("roster.interval.allocation.part", List.of(0.5, "chat")));
        assertThat(detail.agents()).extracting(RosterExplainer.AgentShare::agentId).containsExactly("a", "b", "c");
        assertThat(detail.agents()).allSatisfy(a -> assertThat(a.share()).isCloseTo(2.5 / 3, org.assertj.core.data.Offset.offset(0.001)));

        RosterExplainer.IntervalDetail chats = RosterExplainer.interval(roster, "chat", 0, 8 * 60).orElseThrow();
        assertThat(chats.allocation()).extracting(RosterExplainer.GroupAllocation::describe)
                .containsExactly("3 cross-skilled agents: 2.5 on voice, 0.5 on chat", "1 agent on chat only");
    }
}
