package dev.frontline.roster.engine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

/** The training rules of the roster (issue 15): one penalised and one unpenalised case each. */
class TrainingConstraintsTest {

    private static final LocalDate MONDAY = LocalDate.of(2024, 1, 1);
    private static final int HORIZON = 14;
    private static final ShiftType EARLY = new ShiftType("E", 7 * 60, 8 * 60);
    private static final ShiftType LATE = new ShiftType("L", 14 * 60, 8 * 60);
    private static final Queue VOICE = new Queue("voice", "Voice", Channel.VOICE);
    private static final Site HQ = new Site("hq", "Head office", 20);

    private final ConstraintVerifier<RosterConstraintProvider, Roster> verifier =
            ConstraintVerifier.build(new RosterConstraintProvider(), Roster.class, AgentDay.class, TrainingSession.class);

    private static Agent agent(String id) {
        return new Agent(id, id, Contract.unrestricted(id), Map.of(VOICE, 1.0), null, false,
                List.of(WorkLocation.HOME, WorkLocation.office(HQ)), List.of(EARLY, LATE), Map.of());
    }

    private static AgentDay day(Agent agent, int day, ShiftType shift, DemandIndex index) {
        AgentDay agentDay = new AgentDay(agent, day, HORIZON, MONDAY.plusDays(day), 0, index);
        agentDay.setShift(shift);
        return agentDay;
    }

    private static AgentDay day(Agent agent, int day, ShiftType shift) {
        return day(agent, day, shift, null);
    }

    private static TrainingNeed need(String id, int minutes, List<Agent> attendees, String trainer, String room, int seats,
            int earliest, int last, String previous) {
        return new TrainingNeed(id, "CHAT-1", "Chat basics", 1, 2, minutes, attendees.stream().map(Agent::id).toList(),
                null, trainer, room, seats, room == null ? null : HQ.id(), earliest, last, previous);
    }

    private static TrainingSession session(TrainingNeed need, List<Agent> people, int day, int startMinute) {
        TrainingSession session = new TrainingSession(need, MONDAY, HORIZON, people, List.of());
        session.setSlot(new TrainingSlot(day, startMinute));
        return session;
    }

    private static TrainingSession session(String id, List<Agent> people, int day, int startMinute) {
        return session(need(id, 120, people, "Ana", null, 0, 0, HORIZON - 1, null), people, day, startMinute);
    }

    @Test
    void trainingInsideShift() {
        Agent a = agent("a");
        Agent b = agent("b");
        // 09:00-11:00 on day 2: inside a's early shift, b is on a late shift (from 14:00)
        TrainingSession morning = session("s", List.of(a, b), 2, 9 * 60);
        verifier.verifyThat(RosterConstraintProvider::trainingInsideShift)
                .given(morning, day(a, 2, EARLY), day(b, 2, LATE), day(b, 3, EARLY)).penalizesBy(1);
        // a day off holds no session either
        verifier.verifyThat(RosterConstraintProvider::trainingInsideShift)
                .given(session("s", List.of(a, b), 2, 9 * 60), day(a, 2, EARLY), day(b, 2, null)).penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::trainingInsideShift)
                .given(session("s", List.of(a, b), 2, 9 * 60), day(a, 2, EARLY), day(b, 2, EARLY)).penalizesBy(0);
        // ending exactly at the shift's end (13:00-15:00 in 07:00-15:00) is inside
        verifier.verifyThat(RosterConstraintProvider::trainingInsideShift)
                .given(session("s", List.of(a), 2, 13 * 60), day(a, 2, EARLY)).penalizesBy(0);
    }

    @Test
    void trainingInTheClassroomsOffice() {
        Agent a = agent("a");
        Agent b = agent("b");
        TrainingNeed classroom = need("s", 120, List.of(a, b), "Ana", "room-1", 12, 0, HORIZON - 1, null);
        AgentDay atHome = day(a, 2, EARLY);
        AgentDay inOffice = day(b, 2, EARLY);
        inOffice.setLocation(WorkLocation.office(HQ));
        verifier.verifyThat(RosterConstraintProvider::trainingInTheClassroomsOffice)
                .given(session(classroom, List.of(a, b), 2, 9 * 60), atHome, inOffice).penalizesBy(1);
        AgentDay alsoInOffice = day(a, 2, EARLY);
        alsoInOffice.setLocation(WorkLocation.office(HQ));
        verifier.verifyThat(RosterConstraintProvider::trainingInTheClassroomsOffice)
                .given(session(classroom, List.of(a, b), 2, 9 * 60), alsoInOffice, inOffice).penalizesBy(0);
        // a virtual session is wherever its people work
        verifier.verifyThat(RosterConstraintProvider::trainingInTheClassroomsOffice)
                .given(session("v", List.of(a, b), 2, 9 * 60), atHome, inOffice).penalizesBy(0);
    }

    @Test
    void trainingRoomSeats() {
        List<Agent> six = List.of(agent("a"), agent("b"), agent("c"), agent("d"), agent("e"), agent("f"));
        List<Agent> four = List.of(agent("g"), agent("h"), agent("i"), agent("j"));
        TrainingNeed first = need("s1", 120, six, "Ana", "room-1", 8, 0, HORIZON - 1, null);
        TrainingNeed second = need("s2", 120, four, "Bora", "room-1", 8, 0, HORIZON - 1, null);
        // overlapping by an hour in a room of 8: 10 seated as each of them sees it, 2 too many each
        verifier.verifyThat(RosterConstraintProvider::trainingRoomSeats)
                .given(session(first, six, 1, 9 * 60), session(second, four, 1, 10 * 60)).penalizesBy(4);
        // one after the other in the same room, or together in different rooms: nothing
        verifier.verifyThat(RosterConstraintProvider::trainingRoomSeats)
                .given(session(first, six, 1, 9 * 60), session(second, four, 1, 11 * 60)).penalizesBy(0);
        TrainingNeed elsewhere = need("s2", 120, four, "Bora", "room-2", 8, 0, HORIZON - 1, null);
        verifier.verifyThat(RosterConstraintProvider::trainingRoomSeats)
                .given(session(first, six, 1, 9 * 60), session(elsewhere, four, 1, 9 * 60)).penalizesBy(0);
        // a cohort larger than its room on its own
        TrainingNeed small = need("s3", 120, six, "Ana", "room-3", 5, 0, HORIZON - 1, null);
        verifier.verifyThat(RosterConstraintProvider::trainingRoomSeats)
                .given(session(small, six, 1, 9 * 60)).penalizesBy(1);
    }

    @Test
    void trainerOneSessionAtATime() {
        List<Agent> first = List.of(agent("a"));
        List<Agent> second = List.of(agent("b"));
        TrainingNeed byAna = need("s1", 120, first, "Ana", null, 0, 0, HORIZON - 1, null);
        TrainingNeed alsoByAna = need("s2", 120, second, "Ana", null, 0, 0, HORIZON - 1, null);
        TrainingNeed byBora = need("s2", 120, second, "Bora", null, 0, 0, HORIZON - 1, null);
        verifier.verifyThat(RosterConstraintProvider::trainerOneSessionAtATime)
                .given(session(byAna, first, 3, 9 * 60), session(alsoByAna, second, 3, 10 * 60)).penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::trainerOneSessionAtATime)
                .given(session(byAna, first, 3, 9 * 60), session(alsoByAna, second, 3, 11 * 60)).penalizesBy(0);
        verifier.verifyThat(RosterConstraintProvider::trainerOneSessionAtATime)
                .given(session(byAna, first, 3, 9 * 60), session(byBora, second, 3, 9 * 60)).penalizesBy(0);
    }

    @Test
    void attendeeOneSessionAtATime() {
        Agent a = agent("a");
        Agent b = agent("b");
        verifier.verifyThat(RosterConstraintProvider::attendeeOneSessionAtATime)
                .given(session("s1", List.of(a, b), 4, 9 * 60), session("s2", List.of(b), 4, 10 * 60)).penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::attendeeOneSessionAtATime)
                .given(session("s1", List.of(a), 4, 9 * 60), session("s2", List.of(b), 4, 9 * 60)).penalizesBy(0);
    }

    @Test
    void trainingSessionOrder() {
        List<Agent> cohort = List.of(agent("a"));
        TrainingSession first = session(need("s1", 240, cohort, "Ana", null, 0, 0, HORIZON - 1, null), cohort, 3, 8 * 60);
        TrainingSession second = session(need("s2", 240, cohort, "Ana", null, 0, 0, HORIZON - 1, "s1"), cohort, 2, 8 * 60);
        second.setPrevious(first);
        verifier.verifyThat(RosterConstraintProvider::trainingSessionOrder).given(first, second).penalizesBy(1);
        // the second placed while the first is not is out of order too
        first.setSlot(null);
        verifier.verifyThat(RosterConstraintProvider::trainingSessionOrder).given(first, second).penalizesBy(1);
        first.setSlot(new TrainingSlot(1, 8 * 60));
        verifier.verifyThat(RosterConstraintProvider::trainingSessionOrder).given(first, second).penalizesBy(0);
    }

    @Test
    void trainingWithinItsWindow() {
        List<Agent> cohort = List.of(agent("a"));
        TrainingNeed dueOnDay5 = need("s", 120, cohort, "Ana", null, 0, 2, 5, null);
        verifier.verifyThat(RosterConstraintProvider::trainingWithinItsWindow)
                .given(session(dueOnDay5, cohort, 6, 9 * 60)).penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::trainingWithinItsWindow)
                .given(session(dueOnDay5, cohort, 1, 9 * 60)).penalizesBy(1);
        verifier.verifyThat(RosterConstraintProvider::trainingWithinItsWindow)
                .given(session(dueOnDay5, cohort, 5, 9 * 60)).penalizesBy(0);
    }

    @Test
    void trainingUnscheduled() {
        List<Agent> three = List.of(agent("a"), agent("b"), agent("c"));
        TrainingSession dueNow = new TrainingSession(need("s1", 120, three, "Ana", null, 0, 0, 5, null), MONDAY, HORIZON,
                three, List.of());
        TrainingSession dueLater = new TrainingSession(need("s2", 120, three, "Ana", null, 0, 0, HORIZON + 10, null),
                MONDAY, HORIZON, three, List.of());
        // 3 people × 2 h: 6 person-hours, in full when due inside the roster, a tenth when a later roster may hold it
        verifier.verifyThat(RosterConstraintProvider::trainingUnscheduled)
                .given(dueNow, dueLater).penalizesBy(6 * RosterConstraintProvider.UNSCHEDULED_TRAINING_DUE
                        + 6 * RosterConstraintProvider.UNSCHEDULED_TRAINING_DUE / 10);
        verifier.verifyThat(RosterConstraintProvider::trainingUnscheduled)
                .given(session("s3", three, 1, 9 * 60)).penalizesBy(0);
    }

    @Test
    void trainingTakesItsPeopleOffThePhones() {
        IntervalDemand at0900 = new IntervalDemand(VOICE, DemandIndex.intervalOf(1, 9 * 60), 2000);
        IntervalDemand at1200 = new IntervalDemand(VOICE, DemandIndex.intervalOf(1, 12 * 60), 2000);
        DemandIndex index = new DemandIndex(HORIZON, List.of(at0900, at1200), List.of());
        Agent a = agent("a");
        Agent b = agent("b");
        // a in training 09:00-11:00: 09:00 has one of two agents (1 squared = 100), 12:00 both
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(at0900, at1200, day(a, 1, EARLY, index), day(b, 1, EARLY, index),
                        session("s", List.of(a), 1, 9 * 60))
                .penalizesBy(100);
        verifier.verifyThat(RosterConstraintProvider::intervalUnderCoverage)
                .given(at0900, at1200, day(a, 1, EARLY, index), day(b, 1, EARLY, index),
                        session("s", List.of(a), 1, 13 * 60))
                .penalizesBy(0);
    }
}
