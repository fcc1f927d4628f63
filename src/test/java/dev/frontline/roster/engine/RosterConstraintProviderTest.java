package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;
import dev.frontline.shared.text.Phrase;

class RosterConstraintProviderTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);
    private static final int HORIZON = 28;
    private static final ShiftType EARLY = new ShiftType("E", 7 * 60, 8 * 60);
    /** A late shift may not be followed by an early one. */
    private static final ShiftType LATE = new ShiftType("L", 14 * 60, 8 * 60, Set.of("E"), null);
    private static final Queue VOICE = new Queue("voice", "Voice", Channel.VOICE);
    private static final Site HQ = new Site("hq", "Head office", 1);

    private final ConstraintVerifier<RosterConstraintProvider, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraintProvider(), Roster.class, AgentDay.class, TrainingSession.class);

    private static Agent agent(String id, Contract contract) {
        return new Agent(id, id, contract, Map.of(VOICE, 1.0), null, false,
                List.of(WorkLocation.HOME, WorkLocation.office(HQ)), List.of(EARLY, LATE), Map.of());
    }

    private static Agent agent(String id) {
        return agent(id, Contract.unrestricted(id));
    }

    private static AgentDay day(Agent agent, int day, ShiftType shift, DemandIndex index) {
        AgentDay agentDay = new AgentDay(agent, day, HORIZON, MONDAY.plusDays(day), 0, index);
        agentDay.setShift(shift);
        return agentDay;
    }

    private static AgentDay day(Agent agent, int day, ShiftType shift) {
        return day(agent, day, shift, null);
    }

    private static AgentDay office(Agent agent, int day) {
        AgentDay agentDay = day(agent, day, EARLY);
        agentDay.setLocation(WorkLocation.office(HQ));
        return agentDay;
    }

    /** Days of one agent: {@code pattern} holds one character per day from day 0, 'E' early, 'L' late, '.' off. */
    private static Object[] days(Agent agent, String pattern) {
        List<AgentDay> days = new ArrayList<>();
        for (int d = 0; d < pattern.length(); d++) {
            char c = pattern.charAt(d);
            days.add(day(agent, d, c == 'E' ? EARLY : c == 'L' ? LATE : null));
        }
        return days.toArray();
    }

    @Test
    void onlyAllowedShiftTypes() {
        Agent earlyOnly = new Agent("a", "a", Contract.unrestricted("c"), Map.of(), null, false,
                List.of(WorkLocation.HOME), List.of(EARLY), Map.of());
        verifier.verifyThat(RosterConstraintProvider::onlyAllowedShiftTypes).given(day(earlyOnly, 0, LATE)).penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::onlyAllowedShiftTypes).given(day(earlyOnly, 0, EARLY)).penalizesBy(0);
    }

    @Test
    void noShiftOnTimeOff() {
        Agent a = agent("a");
        TimeOff leave = new TimeOff(a, 2, "leave");
        verifier.verifyThat(RosterConstraintProvider::noShiftOnTimeOff).given(leave, day(a, 2, EARLY)).penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::noShiftOnTimeOff).given(leave, day(a, 3, EARLY), day(a, 2, null))
                .penalizesBy(0);
    }

    @Test
    void atLeastMinRestBetweenShifts() {
        Agent a = agent("a", Contract.unrestricted("c").withMinRestMinutes(11 * 60));
        // late ends 22:00, early starts 07:00: 9 h of rest
        verifier.verifyThat(RosterConstraintProvider::atLeastMinRestBetweenShifts)
                .given(day(a, 0, LATE), day(a, 1, EARLY)).penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::atLeastMinRestBetweenShifts)
                .given(day(a, 0, EARLY), day(a, 1, LATE), day(a, 3, EARLY)).penalizesBy(0);
    }

    @Test
    void noForbiddenShiftSuccession() {
        Agent a = agent("a");
        verifier.verifyThat(RosterConstraintProvider::noForbiddenShiftSuccession)
                .given(days(a, "LE.LE")).penalizesBy(2);
        verifier.verifyThat(RosterConstraintProvider::noForbiddenShiftSuccession)
                .given(days(a, "EL.L.E")).penalizesBy(0);
    }

    @Test
    void minMinutesPerWeek() {
        Agent a = agent("a", Contract.unrestricted("c").withWeeklyMinutes(2400, Contract.UNLIMITED));
        // 4 shifts of 8 h = 32 h in the first week, 8 h short
        verifier.verifyThat(RosterConstraintProvider::minMinutesPerWeek).given(days(a, "EEEE...")).penalizesBy(8);
        verifier.verifyThat(RosterConstraintProvider::minMinutesPerWeek).given(days(a, "EEEEE..")).penalizesBy(0);
    }

    @Test
    void minMinutesPerWeekCountsPaidTimeOff() {
        Agent a = agent("a", Contract.unrestricted("c").withWeeklyMinutes(2400, Contract.UNLIMITED)
                .withTimeOffCreditMinutes(480));
        List<Object> days = new ArrayList<>(List.of(days(a, "EEEE..")));
        days.add(new AgentDay(a, 6, HORIZON, MONDAY.plusDays(6), 480, null));
        verifier.verifyThat(RosterConstraintProvider::minMinutesPerWeek).given(days.toArray()).penalizesBy(0);
    }

    @Test
    void maxMinutesPerWeek() {
        Agent a = agent("a", Contract.unrestricted("c").withWeeklyMinutes(0, 2400));
        verifier.verifyThat(RosterConstraintProvider::maxMinutesPerWeek).given(days(a, "EEEEEE.")).penalizesBy(8);
        verifier.verifyThat(RosterConstraintProvider::maxMinutesPerWeek).given(days(a, "EEEEE..EEEEE")).penalizesBy(0);
    }

    @Test
    void minMinutesInHorizon() {
        Agent a = agent("a", Contract.unrestricted("c").withHorizonMinutes(960, Contract.UNLIMITED));
        verifier.verifyThat(RosterConstraintProvider::minMinutesInHorizon).given(days(a, "E......")).penalizesBy(8);
        verifier.verifyThat(RosterConstraintProvider::minMinutesInHorizon).given(days(a, "E.....E")).penalizesBy(0);
    }

    @Test
    void maxMinutesInHorizon() {
        Agent a = agent("a", Contract.unrestricted("c").withHorizonMinutes(0, 960));
        verifier.verifyThat(RosterConstraintProvider::maxMinutesInHorizon).given(days(a, "E.E.E")).penalizesBy(8);
        verifier.verifyThat(RosterConstraintProvider::maxMinutesInHorizon).given(days(a, "E...E")).penalizesBy(0);
    }

    @Test
    void maxConsecutiveWorkingDays() {
        Agent a = agent("a", Contract.unrestricted("c").withConsecutive(3, 0, 0));
        verifier.verifyThat(RosterConstraintProvider::maxConsecutiveWorkingDays).given(days(a, "EEEEE.E")).penalizesBy(2);
        verifier.verifyThat(RosterConstraintProvider::maxConsecutiveWorkingDays).given(days(a, "EEE.EEE")).penalizesBy(0);
    }

    @Test
    void minConsecutiveWorkingDays() {
        Agent a = agent("a", Contract.unrestricted("c").withConsecutive(Contract.UNLIMITED, 3, 0));
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveWorkingDays).given(days(a, "...E.EE....")).penalizesBy(3);
        // runs touching the horizon start or end are exempt
        List<Object> edges = new ArrayList<>(List.of(days(a, "EE..EEE")));
        edges.add(day(a, HORIZON - 1, EARLY));
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveWorkingDays).given(edges.toArray()).penalizesBy(0);
    }

    @Test
    void minConsecutiveDaysOff() {
        Agent a = agent("a", Contract.unrestricted("c").withConsecutive(Contract.UNLIMITED, 0, 3));
        // one day off after day 0, two after day 2
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveDaysOff).given(days(a, "E.E..E")).penalizesBy(3);
        // days off at the horizon start are exempt
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveDaysOff).given(days(a, ".E...E")).penalizesBy(0);
    }

    /** The days of {@code pattern} followed by extra facts (time off). */
    private static Object[] with(Object[] days, Object... facts) {
        List<Object> all = new ArrayList<>(List.of(days));
        all.addAll(List.of(facts));
        return all.toArray();
    }

    @Test
    void minConsecutiveWorkingDaysSpareRunsNextToTheAgentsOwnLeave() {
        Agent a = agent("a", Contract.unrestricted("c").withConsecutive(Contract.UNLIMITED, 3, 0));
        // a run of one (day 3) and one of two (days 5-6) either side of day 4
        Object[] days = days(a, "...E.EE....");
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveWorkingDays)
                .given(with(days, new TimeOff(a, 4, "vacation", true))).penalizesBy(0);
        // leave after the first run only: the second still breaks the rule
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveWorkingDays)
                .given(with(days(a, "...E..EE..."), new TimeOff(a, 4, "vacation", true))).penalizesBy(1);
        // leave away from both runs, another agent's leave, or a blocked day that is not leave: the rule holds
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveWorkingDays)
                .given(with(days, new TimeOff(a, 9, "vacation", true))).penalizesBy(3);
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveWorkingDays)
                .given(with(days, new TimeOff(agent("b"), 4, "vacation", true))).penalizesBy(3);
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveWorkingDays)
                .given(with(days, new TimeOff(a, 4, "day off"))).penalizesBy(3);
    }

    @Test
    void minConsecutiveDaysOffSpareGapsHoldingTheAgentsOwnLeave() {
        Agent a = agent("a", Contract.unrestricted("c").withConsecutive(Contract.UNLIMITED, 0, 3));
        // one day off after day 0 (short by 2), two after day 2 (short by 1)
        Object[] days = days(a, "E.E..E");
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveDaysOff)
                .given(with(days, new TimeOff(a, 1, "vacation", true))).penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveDaysOff)
                .given(with(days, new TimeOff(a, 4, "personal", true))).penalizesBy(2);
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveDaysOff)
                .given(with(days, new TimeOff(a, 1, "vacation", true), new TimeOff(a, 3, "vacation", true)))
                .penalizesBy(0);
        // unavailability and fixed days off (not leave), or leave on a worked day, keep the rule
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveDaysOff)
                .given(with(days, new TimeOff(a, 1, "day off"), new TimeOff(a, 3, "day off"))).penalizesBy(3);
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveDaysOff)
                .given(with(days, new DayAvailability(a, 1, Set.of(), "exam"))).penalizesBy(3);
        verifier.verifyThat(RosterConstraintProvider::minConsecutiveDaysOff)
                .given(with(days, new TimeOff(a, 2, "vacation", true))).penalizesBy(3);
    }

    @Test
    void maxWeekendsWorked() {
        Agent a = agent("a", Contract.unrestricted("c").withMaxWeekends(1));
        verifier.verifyThat(RosterConstraintProvider::maxWeekendsWorked)
                .given(day(a, 5, EARLY), day(a, 13, EARLY), day(a, 20, EARLY)).penalizesBy(2);
        verifier.verifyThat(RosterConstraintProvider::maxWeekendsWorked)
                .given(day(a, 5, EARLY), day(a, 6, EARLY), day(a, 7, EARLY)).penalizesBy(0);
    }

    @Test
    void maxShiftsOfType() {
        Agent capped = new Agent("a", "a", Contract.unrestricted("c"), Map.of(), null, false, List.of(WorkLocation.HOME),
                List.of(EARLY, LATE), Map.of("E", 2));
        verifier.verifyThat(RosterConstraintProvider::maxShiftsOfType).given(days(capped, "EEELLL")).penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::maxShiftsOfType).given(days(capped, "EELLLL")).penalizesBy(0);
    }

    @Test
    void maxShiftsOfTypeCapsATemplateAcrossItsShiftTypes() {
        // one template DAY expanded into two starts; the cap of 3 covers both together
        ShiftType day0800 = new ShiftType("DAY-0800-480", 8 * 60, 480, Set.of(), null, "DAY");
        ShiftType day0900 = new ShiftType("DAY-0900-480", 9 * 60, 480, Set.of(), null, "DAY");
        Agent capped = new Agent("a", "a", Contract.unrestricted("c"), Map.of(), null, false, List.of(WorkLocation.HOME),
                List.of(day0800, day0900), Map.of("DAY", 3), Map.of("DAY", Phrase.of("roster.why.cap-note", "c", 6, 14)));
        verifier.verifyThat(RosterConstraintProvider::maxShiftsOfType)
                .given(day(capped, 0, day0800), day(capped, 1, day0800), day(capped, 2, day0900), day(capped, 3, day0900),
                        day(capped, 4, day0900))
                .penalizesBy(2);
        verifier.verifyThat(RosterConstraintProvider::maxShiftsOfType)
                .given(day(capped, 0, day0800), day(capped, 1, day0900), day(capped, 2, day0900))
                .penalizesBy(0);
    }

    @Test
    void maxNightShiftsPerWeek() {
        // night 22:00-06:00; a shift from 20:00 to 04:00 is a night shift, the early (07-15) is not
        ShiftType night = new ShiftType("N", 20 * 60, 8 * 60);
        Agent a = new Agent("a", "a", Contract.unrestricted("c").withNightRules(22 * 60, 6 * 60, 2), Map.of(), null,
                false, List.of(WorkLocation.HOME), List.of(EARLY, night), Map.of());
        verifier.verifyThat(RosterConstraintProvider::maxNightShiftsPerWeek)
                .given(day(a, 0, night), day(a, 1, night), day(a, 2, night), day(a, 3, night), day(a, 7, night))
                .penalizesBy(2);
        verifier.verifyThat(RosterConstraintProvider::maxNightShiftsPerWeek)
                .given(day(a, 0, night), day(a, 1, night), day(a, 2, EARLY), day(a, 7, night), day(a, 8, night))
                .penalizesBy(0);
    }

    @Test
    void officeSeatsPerSiteAndDay() {
        Agent a = agent("a");
        Agent b = agent("b");
        Agent c = agent("c");
        verifier.verifyThat(RosterConstraintProvider::officeSeatsPerSiteAndDay)
                .given(office(a, 0), office(b, 0), office(c, 0)).penalizesBy(2);
        verifier.verifyThat(RosterConstraintProvider::officeSeatsPerSiteAndDay)
                .given(office(a, 0), office(b, 1), day(c, 0, EARLY)).penalizesBy(0);
    }

    @Test
    void intervalUnderCoverage() {
        IntervalDemand at0700 = new IntervalDemand(VOICE, DemandIndex.intervalOf(0, 7 * 60), 2000);
        IntervalDemand at0300 = new IntervalDemand(VOICE, DemandIndex.intervalOf(0, 3 * 60), 500);
        DemandIndex index = new DemandIndex(HORIZON, List.of(at0700, at0300), List.of());
        // 07:00 has 1 of 2 agents (1 squared = 100), 03:00 nobody for half an agent (0.25 * 100)
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(at0700, at0300, day(agent("a"), 0, EARLY, index)).penalizesBy(125);
        IntervalDemand covered = new IntervalDemand(VOICE, DemandIndex.intervalOf(0, 7 * 60), 2000);
        DemandIndex coveredIndex = new DemandIndex(HORIZON, List.of(covered), List.of());
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(covered, day(agent("a"), 0, EARLY, coveredIndex), day(agent("b"), 0, EARLY, coveredIndex))
                .penalizesBy(0);
    }

    private static Agent skilled(String id, Map<Queue, Double> skills, ShiftType shift) {
        return new Agent(id, id, Contract.unrestricted("c"), skills, null, false, List.of(WorkLocation.HOME), List.of(shift),
                Map.of());
    }

    @Test
    void crossSkilledAgentsCoverTheShortQueue() {
        Queue chat = new Queue("chat", "Chat", Channel.CHAT);
        IntervalDemand voice = new IntervalDemand(VOICE, DemandIndex.intervalOf(0, 7 * 60), 2000);
        IntervalDemand chats = new IntervalDemand(chat, DemandIndex.intervalOf(0, 7 * 60), 1000);
        DemandIndex index = new DemandIndex(HORIZON, List.of(voice, chats), List.of());
        Agent chatOnly = skilled("chat-only", Map.of(chat, 1.0), EARLY);
        Agent first = skilled("both-1", Map.of(VOICE, 1.0, chat, 1.0), EARLY);
        Agent second = skilled("both-2", Map.of(VOICE, 1.0, chat, 1.0), EARLY);
        // chat is covered by its own agent, so both cross-skilled agents go to voice: nothing short
        // (a fixed half share each would have left voice one agent short)
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(voice, chats, day(chatOnly, 0, EARLY, index), day(first, 0, EARLY, index),
                        day(second, 0, EARLY, index))
                .penalizesBy(0);
        // with one cross-skilled agent voice is one agent short (1² × 100), chat stays covered
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(voice, chats, day(chatOnly, 0, EARLY, index), day(first, 0, EARLY, index))
                .penalizesBy(100);
    }

    @Test
    void crossSkilledTimeSpreadsTheShortfallOverItsQueues() {
        Queue chat = new Queue("chat", "Chat", Channel.CHAT);
        IntervalDemand voice = new IntervalDemand(VOICE, DemandIndex.intervalOf(0, 7 * 60), 2000);
        IntervalDemand chats = new IntervalDemand(chat, DemandIndex.intervalOf(0, 7 * 60), 500);
        DemandIndex index = new DemandIndex(HORIZON, List.of(voice, chats), List.of());
        Agent first = skilled("both-1", Map.of(VOICE, 1.0, chat, 1.0), EARLY);
        Agent second = skilled("both-2", Map.of(VOICE, 1.0, chat, 1.0), EARLY);
        // 2 agents for 2.5 required: 1.75 on voice and 0.25 on chat leave each 0.25 short, 2 × 0.25² × 100 = 12.5
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(voice, chats, day(first, 0, EARLY, index), day(second, 0, EARLY, index))
                .penalizesBy(12);
    }

    @Test
    void aShortfallOnAHighPriorityQueueCostsMore() {
        Queue urgent = new Queue("urgent", "Urgent voice", Channel.VOICE, 1);
        Queue backOffice = new Queue("later", "Back office", Channel.BACK_OFFICE, 10);
        IntervalDemand urgentDemand = new IntervalDemand(urgent, DemandIndex.intervalOf(0, 7 * 60), 1000);
        IntervalDemand laterDemand = new IntervalDemand(backOffice, DemandIndex.intervalOf(0, 7 * 60), 1000);
        DemandIndex index = new DemandIndex(HORIZON, List.of(urgentDemand, laterDemand), List.of());
        Agent onUrgent = skilled("urgent-only", Map.of(urgent, 1.0), EARLY);
        Agent onLater = skilled("later-only", Map.of(backOffice, 1.0), EARLY);
        // one agent short on the priority-10 queue: 1² × 100 × 1/6 = 16
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(urgentDemand, laterDemand, day(onUrgent, 0, EARLY, index), day(onLater, 0, null, index))
                .penalizesBy(16);
        // one agent short on the priority-1 queue: 1² × 100 × 10/6 = 166
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(urgentDemand, laterDemand, day(onUrgent, 0, null, index), day(onLater, 0, EARLY, index))
                .penalizesBy(166);
        // both covered: nothing
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(urgentDemand, laterDemand, day(onUrgent, 0, EARLY, index), day(onLater, 0, EARLY, index))
                .penalizesBy(0);
    }

    @Test
    void aCrossSkilledAgentIsAllocatedToTheHigherPriorityQueue() {
        Queue urgent = new Queue("urgent", "Urgent voice", Channel.VOICE, 1);
        Queue chat = new Queue("chat", "Chat", Channel.CHAT);
        IntervalDemand urgentDemand = new IntervalDemand(urgent, DemandIndex.intervalOf(0, 7 * 60), 1000);
        IntervalDemand chatDemand = new IntervalDemand(chat, DemandIndex.intervalOf(0, 7 * 60), 1000);
        DemandIndex index = new DemandIndex(HORIZON, List.of(urgentDemand, chatDemand), List.of());
        Agent both = skilled("both", Map.of(urgent, 1.0, chat, 1.0), EARLY);
        // one agent for two: weights 10/6 and 1 level at 10/6 × u = 1 × (1 − u), so voice is short 0.375 and chat 0.625;
        // 100 × 1² / (6/10 + 1) = 62 (an even split, as between equal queues, would cost 10/6 × 25 + 25 = 66)
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(urgentDemand, chatDemand, day(both, 0, EARLY, index))
                .penalizesBy(62);
        CoverageTally tally = new CoverageTally(index);
        tally.add(both, index.shiftIntervals(0, EARLY), 1);
        tally.flush();
        assertThat(tally.met(urgentDemand)).isEqualTo(625);
        assertThat(tally.met(chatDemand)).isEqualTo(375);
        // the explanation's split gives the agent's time the same way
        int u = index.queues().indexOf(urgent);
        int c = index.queues().indexOf(chat);
        assertThat(u).as("the priority-1 queue comes first").isZero();
        double[][] split = SkillAllocation.split(List.of(new SkillAllocation.Group(new int[] {u, c}, 1, 1000)),
                new long[] {1000, 1000}, new double[] {urgent.weight(), chat.weight()});
        assertThat(split[0][0]).isCloseTo(0.625, within(1e-4));
        assertThat(split[0][1]).isCloseTo(0.375, within(1e-4));
    }

    @Test
    void proficiencyCountsAsCapacity() {
        Queue chat = new Queue("chat", "Chat", Channel.CHAT);
        IntervalDemand voice = new IntervalDemand(VOICE, DemandIndex.intervalOf(0, 7 * 60), 1000);
        DemandIndex single = new DemandIndex(HORIZON, List.of(voice), List.of());
        // a voice agent at 0.8 gives 0.8 of an agent: 0.2 short, 0.2² × 100 = 4
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(voice, day(skilled("slow", Map.of(VOICE, 0.8), EARLY), 0, EARLY, single))
                .penalizesBy(4);
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(voice, day(skilled("full", Map.of(VOICE, 1.0), EARLY), 0, EARLY, single))
                .penalizesBy(0);
        IntervalDemand voiceToo = new IntervalDemand(VOICE, DemandIndex.intervalOf(0, 7 * 60), 1000);
        IntervalDemand chats = new IntervalDemand(chat, DemandIndex.intervalOf(0, 7 * 60), 1000);
        DemandIndex both = new DemandIndex(HORIZON, List.of(voiceToo, chats), List.of());
        // voice 1.0 and chat 0.5: capacity 0.75 (the mean) for 2.0 required, 0.625 short on each: 2 × 39 = 78
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(voiceToo, chats, day(skilled("mixed", Map.of(VOICE, 1.0, chat, 0.5), EARLY), 0, EARLY, both))
                .penalizesBy(78);
    }

    @Test
    void coverageIsCountedAfterBreaks() {
        // 09:00-17:00 with a 30-minute lunch somewhere from 10:00 to 16:00
        ShiftType day = new ShiftType("D", 9 * 60, 8 * 60, Set.of(), new BreakRule(0, 0, 30, 60, 60, 0));
        List<IntervalDemand> flat = new ArrayList<>();
        for (int minute = 9 * 60; minute < 17 * 60; minute += 15) {
            flat.add(new IntervalDemand(VOICE, DemandIndex.intervalOf(0, minute), 1000));
        }
        DemandIndex index = new DemandIndex(HORIZON, flat, List.of());
        List<Object> facts = new ArrayList<>(flat);
        facts.add(day(skilled("a", Map.of(VOICE, 1.0), day), 0, day, index));
        // the whole shift would cover every interval; its lunch leaves two intervals one agent short: 2 × 100
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage).given(facts.toArray()).penalizesBy(200);
    }

    @Test
    void breaksArePlacedWhereCoverageAffordsThem() {
        ShiftType day = new ShiftType("D", 9 * 60, 8 * 60, Set.of(), new BreakRule(0, 0, 30, 60, 60, 0));
        List<IntervalDemand> demands = new ArrayList<>();
        for (int minute = 9 * 60; minute < 17 * 60; minute += 15) {
            // nobody is needed from 12:00 to 15:00: the lunch goes there and costs nothing
            boolean quiet = minute >= 12 * 60 && minute < 15 * 60;
            demands.add(new IntervalDemand(VOICE, DemandIndex.intervalOf(0, minute), quiet ? 0 : 1000));
        }
        DemandIndex index = new DemandIndex(HORIZON, demands, List.of());
        for (String id : List.of("a", "b", "c", "d", "e")) {
            List<Object> facts = new ArrayList<>(demands);
            facts.add(day(skilled(id, Map.of(VOICE, 1.0), day), 0, day, index));
            verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage).given(facts.toArray()).penalizesBy(0);
        }
    }

    @Test
    void intervalOverCoverage() {
        IntervalDemand quiet = new IntervalDemand(VOICE, DemandIndex.intervalOf(0, 8 * 60), 0);
        DemandIndex index = new DemandIndex(HORIZON, List.of(quiet), List.of());
        verifier.verifyThat(RosterConstraintProvider::intervalOverCoverage)
                .given(quiet, day(agent("a"), 0, EARLY, index), day(agent("b"), 0, EARLY, index)).penalizesBy(20);
        verifier.verifyThat(RosterConstraintProvider::intervalOverCoverage)
                .given(quiet, day(agent("a"), 0, LATE, index)).penalizesBy(0);
    }

    @Test
    void shiftCoverUnderRequirement() {
        ShiftDemand early = new ShiftDemand(0, EARLY, 3, 100, 1);
        ShiftDemand late = new ShiftDemand(1, LATE, 1, 50, 1);
        DemandIndex index = new DemandIndex(HORIZON, List.of(), List.of(early, late));
        // early short by 2 (200), late on day 1 has nobody (50)
        verifier.verifyThat(RosterConstraintProvider::shiftCoverUnderRequirement)
                .given(early, late, day(agent("a"), 0, EARLY, index)).penalizesBy(250);
        verifier.verifyThat(RosterConstraintProvider::shiftCoverUnderRequirement)
                .given(late, day(agent("a"), 1, LATE, index)).penalizesBy(0);
    }

    @Test
    void shiftCoverOverRequirement() {
        ShiftDemand early = new ShiftDemand(0, EARLY, 1, 100, 3);
        DemandIndex index = new DemandIndex(HORIZON, List.of(), List.of(early));
        verifier.verifyThat(RosterConstraintProvider::shiftCoverOverRequirement)
                .given(early, day(agent("a"), 0, EARLY, index), day(agent("b"), 0, EARLY, index),
                        day(agent("c"), 0, EARLY, index)).penalizesBy(6);
        verifier.verifyThat(RosterConstraintProvider::shiftCoverOverRequirement)
                .given(early, day(agent("a"), 0, EARLY, index), day(agent("b"), 0, LATE, index)).penalizesBy(0);
    }

    @Test
    void shiftOnRequest() {
        Agent a = agent("a");
        ShiftRequest wantsEarly = new ShiftRequest(a, 0, EARLY, true, 5);
        verifier.verifyThat(RosterConstraintProvider::shiftOnRequest).given(wantsEarly, day(a, 0, LATE)).penalizesBy(5);
        verifier.verifyThat(RosterConstraintProvider::shiftOnRequest).given(wantsEarly, day(a, 0, null)).penalizesBy(5);
        verifier.verifyThat(RosterConstraintProvider::shiftOnRequest).given(wantsEarly, day(a, 0, EARLY)).penalizesBy(0);
    }

    @Test
    void shiftOffRequest() {
        Agent a = agent("a");
        ShiftRequest noEarly = new ShiftRequest(a, 0, EARLY, false, 3);
        ShiftRequest dayOff = new ShiftRequest(a, 1, null, false, 7);
        verifier.verifyThat(RosterConstraintProvider::shiftOffRequest)
                .given(noEarly, dayOff, day(a, 0, EARLY), day(a, 1, LATE)).penalizesBy(10);
        verifier.verifyThat(RosterConstraintProvider::shiftOffRequest)
                .given(noEarly, dayOff, day(a, 0, LATE), day(a, 1, null)).penalizesBy(0);
    }

    @Test
    void locationPreference() {
        Agent a = agent("a");
        LocationPreference homeOnMondays = new LocationPreference(a, java.time.DayOfWeek.MONDAY, WorkLocation.HOME, 4);
        verifier.verifyThat(RosterConstraintProvider::locationPreference).given(homeOnMondays, office(a, 0), office(a, 7))
                .penalizesBy(8);
        verifier.verifyThat(RosterConstraintProvider::locationPreference).given(homeOnMondays, day(a, 0, EARLY), office(a, 1))
                .penalizesBy(0);
    }

    @Test
    void datedLocationPreference() {
        Agent a = agent("a");
        // the office wished on Tuesday 2 Jan only: the Tuesday a week later is free to be anywhere
        LocationPreference officeOnTheSecond = new LocationPreference(a, java.time.DayOfWeek.TUESDAY, 1,
                WorkLocation.office(HQ), 30);
        verifier.verifyThat(RosterConstraintProvider::locationPreference)
                .given(officeOnTheSecond, day(a, 1, EARLY), day(a, 8, EARLY)).penalizesBy(30);
        verifier.verifyThat(RosterConstraintProvider::locationPreference)
                .given(officeOnTheSecond, office(a, 1), day(a, 8, EARLY)).penalizesBy(0);
    }

    @Test
    void datedLocationPreferenceOverridesTheWeekdayOnItsDate() {
        Agent a = agent("a");
        LocationPreference homeOnTuesdays = new LocationPreference(a, java.time.DayOfWeek.TUESDAY, WorkLocation.HOME, 4);
        LocationPreference officeOnTheSecond = new LocationPreference(a, java.time.DayOfWeek.TUESDAY, 1,
                WorkLocation.office(HQ), 30);
        // in the office on the 2nd as wished for that date, at home on the 9th as wished for Tuesdays
        verifier.verifyThat(RosterConstraintProvider::locationPreference)
                .given(homeOnTuesdays, officeOnTheSecond, office(a, 1), day(a, 8, EARLY)).penalizesBy(0);
        // at home on the 2nd breaks the dated wish only; in the office on the 9th breaks the weekday wish
        verifier.verifyThat(RosterConstraintProvider::locationPreference)
                .given(homeOnTuesdays, officeOnTheSecond, day(a, 1, EARLY), office(a, 8)).penalizesBy(34);
    }

    @Test
    void minOfficeDaysPerWeek() {
        Agent a = agent("a", Contract.unrestricted("c").withMinOfficeDaysPerWeek(2));
        verifier.verifyThat(RosterConstraintProvider::minOfficeDaysPerWeek)
                .given(office(a, 0), day(a, 1, EARLY), day(a, 2, EARLY)).penalizesBy(1);
        // a week with one working day asks for one office day only
        verifier.verifyThat(RosterConstraintProvider::minOfficeDaysPerWeek)
                .given(office(a, 0), office(a, 1), day(a, 2, EARLY), office(a, 8)).penalizesBy(0);
    }

    @Test
    void teamLeadInOfficeWithTeam() {
        Site big = new Site("big", "Big office", 50);
        List<WorkLocation> both = List.of(WorkLocation.HOME, WorkLocation.office(big));
        Agent lead = new Agent("lead", "lead", Contract.unrestricted("c"), Map.of(), "T", true, both, List.of(EARLY), Map.of());
        Agent m1 = new Agent("m1", "m1", Contract.unrestricted("c"), Map.of(), "T", false, both, List.of(EARLY), Map.of());
        Agent m2 = new Agent("m2", "m2", Contract.unrestricted("c"), Map.of(), "T", false, both, List.of(EARLY), Map.of());
        AgentDay leadHome = day(lead, 0, EARLY);
        AgentDay leadOffice = day(lead, 0, EARLY);
        leadOffice.setLocation(WorkLocation.office(big));
        AgentDay m1Office = day(m1, 0, EARLY);
        m1Office.setLocation(WorkLocation.office(big));
        AgentDay m2Home = day(m2, 0, EARLY);
        verifier.verifyThat(RosterConstraintProvider::teamLeadInOfficeWithTeam).given(leadHome, m1Office, m2Home)
                .penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::teamLeadInOfficeWithTeam).given(leadOffice, m1Office, m2Home)
                .penalizesBy(0);
    }

    @Test
    void fairShareOfWeekends() {
        Agent a = agent("a");
        Agent b = agent("b");
        // loads 2 and 0 around a mean of 1: unfairness sqrt(1 + 1) = 1.41 -> 141
        verifier.verifyThat(RosterConstraintProvider::fairShareOfWeekends)
                .given(a, b, day(a, 5, EARLY), day(a, 12, EARLY), day(b, 2, EARLY)).penalizesBy(141);
        verifier.verifyThat(RosterConstraintProvider::fairShareOfWeekends)
                .given(a, b, day(a, 5, EARLY), day(b, 13, EARLY)).penalizesBy(0);
    }

    @Test
    void fairShareOfNights() {
        ShiftType night = new ShiftType("N", 22 * 60, 8 * 60);
        Contract nights = Contract.unrestricted("c").withNightRules(22 * 60, 6 * 60, Contract.UNLIMITED);
        Agent a = new Agent("a", "a", nights, Map.of(), null, false, List.of(WorkLocation.HOME), List.of(EARLY, night),
                Map.of());
        Agent b = new Agent("b", "b", nights, Map.of(), null, false, List.of(WorkLocation.HOME), List.of(EARLY, night),
                Map.of());
        // loads 2 and 0 around a mean of 1: unfairness sqrt(1 + 1) = 1.41 -> 141
        verifier.verifyThat(RosterConstraintProvider::fairShareOfNights)
                .given(a, b, day(a, 0, night), day(a, 1, night), day(b, 2, EARLY)).penalizesBy(141);
        verifier.verifyThat(RosterConstraintProvider::fairShareOfNights)
                .given(a, b, day(a, 0, night), day(b, 1, night), day(b, 2, EARLY)).penalizesBy(0);
    }

    @Test
    void preferredStartTime() {
        Agent a = agent("a");
        // prefers 09:00: the early at 07:00 is 2 h = 8 quarter-hours off, times the weight 3
        StartPreference nine = new StartPreference(a, 0, 9 * 60, 3);
        verifier.verifyThat(RosterConstraintProvider::preferredStartTime).given(nine, day(a, 0, EARLY)).penalizesBy(24);
        // the late at 14:00 is 5 h off; a shift of 1 h starting 2 h off counts only its own hour (4 quarters)
        ShiftType shortShift = new ShiftType("S", 11 * 60, 60);
        verifier.verifyThat(RosterConstraintProvider::preferredStartTime)
                .given(nine, day(a, 0, LATE)).penalizesBy(60);
        verifier.verifyThat(RosterConstraintProvider::preferredStartTime)
                .given(nine, day(a, 0, shortShift)).penalizesBy(12);
        // 10 minutes off rounds up to one quarter-hour
        ShiftType tenPast = new ShiftType("T", 9 * 60 + 10, 480);
        verifier.verifyThat(RosterConstraintProvider::preferredStartTime).given(nine, day(a, 0, tenPast)).penalizesBy(3);
        StartPreference seven = new StartPreference(a, 0, 7 * 60, 3);
        verifier.verifyThat(RosterConstraintProvider::preferredStartTime)
                .given(seven, day(a, 0, EARLY), day(a, 1, LATE), day(a, 2, null)).penalizesBy(0);
    }

    @Test
    void preferredStartRange() {
        Agent a = agent("a");
        // between 08:00 and 09:00: the early at 07:00 starts 4 quarter-hours too early, the late at 14:00 20 too late
        StartPreference eightToNine = new StartPreference(a, 0, 8 * 60, 9 * 60, 2);
        verifier.verifyThat(RosterConstraintProvider::preferredStartTime).given(eightToNine, day(a, 0, EARLY)).penalizesBy(8);
        verifier.verifyThat(RosterConstraintProvider::preferredStartTime).given(eightToNine, day(a, 0, LATE)).penalizesBy(40);
        // any start inside the range, its ends included, is what was wished
        ShiftType half = new ShiftType("H", 8 * 60 + 30, 480);
        ShiftType nine = new ShiftType("N9", 9 * 60, 480);
        verifier.verifyThat(RosterConstraintProvider::preferredStartTime)
                .given(eightToNine, day(a, 0, half)).penalizesBy(0);
        verifier.verifyThat(RosterConstraintProvider::preferredStartTime)
                .given(eightToNine, day(a, 0, nine)).penalizesBy(0);
    }

    @Test
    void overtime() {
        Agent a = agent("a", Contract.unrestricted("c").withOvertimeAfterMinutesPerWeek(2400));
        verifier.verifyThat(RosterConstraintProvider::overtime).given(days(a, "EEEEEE.")).penalizesBy(480);
        verifier.verifyThat(RosterConstraintProvider::overtime).given(days(a, "EEEEE..E")).penalizesBy(0);
    }

    @Test
    void onlyShiftsInsideAvailability() {
        Agent a = agent("a");
        DayAvailability earlyOnly = new DayAvailability(a, 1, Set.of(EARLY), "weekly availability");
        DayAvailability away = new DayAvailability(a, 2, Set.of(), "not available");
        verifier.verifyThat(RosterConstraintProvider::onlyShiftsInsideAvailability)
                .given(earlyOnly, away, day(a, 1, LATE), day(a, 2, EARLY)).penalizesBy(2);
        verifier.verifyThat(RosterConstraintProvider::onlyShiftsInsideAvailability)
                .given(earlyOnly, away, day(a, 1, EARLY), day(a, 2, null), day(a, 3, LATE)).penalizesBy(0);
    }

    @Test
    void keepPublishedShiftsCostsTheMinutesThatMove() {
        Agent a = agent("a");
        PublishedShift early = new PublishedShift(a, 0, EARLY, WorkLocation.HOME);
        PublishedShift off = new PublishedShift(a, 1, null, null);
        // unchanged: the same shift at the same place, and a day off kept off
        verifier.verifyThat(RosterConstraintProvider::keepPublishedShifts)
                .given(early, off, day(a, 0, EARLY), day(a, 1, null)).penalizesBy(0);
        // early 07-15 -> late 14-22 moves 7 h out and 7 h in; working the published day off adds its 8 h
        verifier.verifyThat(RosterConstraintProvider::keepPublishedShifts)
                .given(early, off, day(a, 0, LATE), day(a, 1, EARLY)).penalizesBy(7 * 60 * 2 + 8 * 60);
        // the same hours in the office instead of at home: all 8 h moved place
        verifier.verifyThat(RosterConstraintProvider::keepPublishedShifts)
                .given(early, office(a, 0)).penalizesBy(8 * 60);
        // dropping the published shift frees its 8 h
        verifier.verifyThat(RosterConstraintProvider::keepPublishedShifts)
                .given(early, day(a, 0, null)).penalizesBy(8 * 60);
    }
}
