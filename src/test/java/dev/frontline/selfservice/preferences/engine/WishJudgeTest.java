package dev.frontline.selfservice.preferences.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.Channel;
import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.Queue;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterBuilder;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.Site;
import dev.frontline.roster.engine.WorkLocation;
import dev.frontline.selfservice.preferences.engine.DatedWish.Kind;
import dev.frontline.selfservice.preferences.engine.Verdict.Reason;

class WishJudgeTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final Queue VOICE = new Queue("VOICE", "Voice", Channel.VOICE);
    private static final Site IST = new Site("IST", "Istanbul", 1);
    private static final ShiftType EARLY = new ShiftType("E", 7 * 60, 8 * 60);
    private static final ShiftType LATE = new ShiftType("L", 14 * 60, 8 * 60);

    private static Agent agent(String id, String team, Contract contract, boolean office) {
        return new Agent(id, id, contract, Map.of(VOICE, 1.0), team, false,
                office ? List.of(WorkLocation.HOME, WorkLocation.office(IST)) : List.of(WorkLocation.HOME),
                List.of(EARLY, LATE), Map.of());
    }

    /** Two agents of team T over one week; A works Monday–Friday early, B Monday–Wednesday early. */
    private static Roster roster(Contract contractOfA) {
        RosterBuilder builder = new RosterBuilder("judge", MONDAY, 7).queue(VOICE).site(IST).shiftType(EARLY).shiftType(LATE)
                .agent(agent("A", "T", contractOfA, true)).agent(agent("B", "T", Contract.unrestricted("free"), true))
                .agent(agent("H", "T", Contract.unrestricted("home"), false));
        builder.timeOff("B", 5, "vacation");
        Roster roster = builder.build();
        for (int day = 0; day < 5; day++) {
            roster.agentDay("A", day).setShift(EARLY);
        }
        for (int day = 0; day < 3; day++) {
            roster.agentDay("B", day).setShift(EARLY);
        }
        roster.agentDay("H", 0).setShift(LATE);
        return roster;
    }

    private static DatedWish wish(long id, String agent, Kind kind, int day) {
        return new DatedWish(id, agent, "T", kind, MONDAY.plusDays(day), 0, 0);
    }

    @Test
    void aDayOffKeptIsHonouredAndOneRefusedForTheContractsMinimumSaysSo() {
        Roster roster = roster(Contract.unrestricted("min").withWeeklyMinutes(40 * 60, 48 * 60));
        List<Verdict> verdicts = WishJudge.judge(roster, List.of(wish(1, "A", Kind.DAY_OFF, 5), wish(2, "A", Kind.DAY_OFF, 1)));
        assertThat(verdicts).extracting(Verdict::honoured).containsExactly(true, false);
        assertThat(verdicts.get(1).reason()).isEqualTo(Reason.CONTRACT_MIN_HOURS);
        assertThat(verdicts.get(1).args()).containsExactly("40");
    }

    @Test
    void aDayOffAskedByTwoOfTheTeamNamesHowManyAskedAndGotIt() {
        Roster roster = roster(Contract.unrestricted("free"));
        List<Verdict> verdicts = WishJudge.judge(roster, List.of(wish(1, "A", Kind.DAY_OFF, 1), wish(2, "B", Kind.DAY_OFF, 1)));
        assertThat(verdicts).allSatisfy(v -> assertThat(v.reason()).isEqualTo(Reason.DAY_OFF_CONTESTED));
        assertThat(verdicts.get(0).args()).containsExactly(MONDAY.plusDays(1).toString(), "2", "0");
        List<Verdict> alone = WishJudge.judge(roster, List.of(wish(3, "A", Kind.DAY_OFF, 2)));
        assertThat(alone.get(0).reason()).isEqualTo(Reason.COVERAGE_NEEDED);
    }

    @Test
    void aDayOnRefusedNamesTimeOffTheWeeklyMaximumOrFullCoverage() {
        Roster roster = roster(Contract.unrestricted("max").withWeeklyMinutes(0, 40 * 60));
        List<Verdict> verdicts = WishJudge.judge(roster, List.of(wish(1, "B", Kind.DAY_ON, 5), wish(2, "A", Kind.DAY_ON, 5),
                wish(3, "B", Kind.DAY_ON, 4), wish(4, "A", Kind.DAY_ON, 0)));
        assertThat(verdicts).extracting(Verdict::reason)
                .containsExactly(Reason.TIME_OFF, Reason.CONTRACT_MAX_HOURS, Reason.COVERAGE_FULL, null);
    }

    @Test
    void anOfficeDayRefusedWhenTheSeatsWereTakenSaysHowManyAndWhere() {
        Roster roster = roster(Contract.unrestricted("free"));
        roster.agentDay("A", 0).setLocation(WorkLocation.office(IST));
        List<Verdict> verdicts = WishJudge.judge(roster, List.of(wish(1, "B", Kind.OFFICE, 0), wish(2, "A", Kind.OFFICE, 0),
                wish(3, "B", Kind.OFFICE, 1), wish(4, "H", Kind.OFFICE, 0), wish(5, "B", Kind.OFFICE, 4)));
        assertThat(verdicts).extracting(Verdict::reason)
                .containsExactly(Reason.SEATS_TAKEN, null, Reason.KEPT_HOME, Reason.NO_OFFICE);
        assertThat(verdicts.get(0).args()).containsExactly(MONDAY.toString(), "1", "Istanbul");
    }

    @Test
    void anOfficeDayRefusedBecauseBookingsTookEverySeatSaysSo() {
        Roster roster = roster(Contract.unrestricted("free"));
        roster.agentDay("A", 0).setLocation(WorkLocation.office(IST));
        // A booked Monday at the office and holds the site's only seat: B's wish for it met earlier bookings
        List<Verdict> booked = WishJudge.judge(roster, List.of(wish(1, "B", Kind.OFFICE, 0)),
                java.util.Set.of(WishJudge.bookingKey("A", MONDAY)));
        assertThat(booked).extracting(Verdict::reason).containsExactly(Reason.SEATS_BOOKED);
        assertThat(booked.get(0).args()).containsExactly(MONDAY.toString(), "1", "Istanbul");
        // A's booking of another day does not explain Monday
        List<Verdict> notBooked = WishJudge.judge(roster, List.of(wish(1, "B", Kind.OFFICE, 0)),
                java.util.Set.of(WishJudge.bookingKey("A", MONDAY.plusDays(1))));
        assertThat(notBooked).extracting(Verdict::reason).containsExactly(Reason.SEATS_TAKEN);
    }

    @Test
    void aStartOutsideTheRangeSaysWhetherAnyTemplateStartsThen() {
        Roster roster = roster(Contract.unrestricted("free"));
        List<Verdict> verdicts = WishJudge.judge(roster, List.of(
                new DatedWish(1, "A", "T", Kind.START, MONDAY, 6 * 60, 8 * 60),
                new DatedWish(2, "A", "T", Kind.START, MONDAY, 13 * 60, 15 * 60),
                new DatedWish(3, "A", "T", Kind.START, MONDAY, 9 * 60, 10 * 60),
                new DatedWish(4, "A", "T", Kind.START, MONDAY.plusDays(6), 13 * 60, 15 * 60)));
        assertThat(verdicts).extracting(Verdict::reason)
                .containsExactly(null, Reason.START_NEEDED, Reason.NO_SHIFT_STARTS_THEN);
        assertThat(verdicts.get(1).args()).containsExactly(MONDAY.toString(), "07:00");
    }

    @Test
    void aHomeDayRefusedByTheHybridPolicyNamesTheOfficeDays() {
        Roster roster = roster(Contract.unrestricted("hybrid").withMinOfficeDaysPerWeek(2));
        roster.agentDay("A", 0).setLocation(WorkLocation.office(IST));
        roster.agentDay("B", 0).setLocation(WorkLocation.office(IST));
        List<Verdict> verdicts = WishJudge.judge(roster, List.of(wish(1, "A", Kind.HOME, 0), wish(2, "B", Kind.HOME, 0),
                wish(3, "A", Kind.HOME, 1)));
        assertThat(verdicts).extracting(Verdict::reason)
                .containsExactly(Reason.MIN_OFFICE_DAYS, Reason.KEPT_IN_OFFICE, null);
    }
}
