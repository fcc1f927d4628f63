package dev.frontline.selfservice.preferences.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
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
import dev.frontline.roster.engine.WishReport;
import dev.frontline.roster.engine.WorkLocation;

/** The benchmark's wish and fairness measures on a roster small enough to count by hand. */
class WishReportTest {

    private static final Queue VOICE = new Queue("VOICE", "Voice", Channel.VOICE);
    private static final Site IST = new Site("IST", "Istanbul", 5);
    private static final ShiftType EARLY = new ShiftType("E", 7 * 60, 8 * 60);

    @Test
    void giniIsZeroForEqualValuesAndGrowsTowardsOneHolderOfEverything() {
        assertThat(WishReport.gini(new double[] {3, 3, 3})).isZero();
        assertThat(WishReport.gini(new double[] {0, 0, 0, 4})).isCloseTo(0.75, within(1e-9));
        assertThat(WishReport.gini(new double[] {1, 2, 3})).isCloseTo(2.0 / 9, within(1e-9));
        assertThat(WishReport.gini(new double[0])).isZero();
    }

    @Test
    void countsEachWishedDayOnceAndWeekendsAndOfficeDaysPerAgent() {
        RosterBuilder builder = new RosterBuilder("report", LocalDate.of(2027, 1, 4), 7).queue(VOICE).site(IST).shiftType(EARLY);
        for (String id : List.of("A", "B")) {
            builder.agent(new Agent(id, id, Contract.unrestricted(id), Map.of(VOICE, 1.0), null, false,
                    List.of(WorkLocation.HOME, WorkLocation.office(IST)), List.of(EARLY), Map.of()));
        }
        builder.shiftRequest("A", 5, null, false, 10);      // Saturday off: broken below
        builder.shiftRequest("B", 5, null, false, 10);      // Saturday off: kept
        builder.startPreference("A", 0, 7 * 60, 5);         // kept
        builder.startPreference("B", 0, 9 * 60, 5);         // B is off on Monday: not counted
        builder.locationPreference("A", DayOfWeek.MONDAY, WorkLocation.office(IST), 5); // kept
        Roster roster = builder.build();
        roster.agentDay("A", 0).setShift(EARLY);
        roster.agentDay("A", 0).setLocation(WorkLocation.office(IST));
        roster.agentDay("A", 5).setShift(EARLY);
        WishReport report = WishReport.of(roster);
        assertThat(report.wishes()).isEqualTo(4);
        assertThat(report.honoured()).isEqualTo(3);
        // A worked one weekend, B none; A had one office day, B none
        assertThat(report.weekendGini()).isCloseTo(0.5, within(1e-9));
        assertThat(report.officeDayGini()).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void officeFairnessIsTheShareOfAskedForOfficeDaysGrantedOverTheAgentsAskingForThem() {
        RosterBuilder builder = new RosterBuilder("office", LocalDate.of(2027, 1, 4), 7).queue(VOICE).site(IST).shiftType(EARLY);
        Contract hybrid = Contract.unrestricted("hybrid").withMinOfficeDaysPerWeek(1);
        // H1 and H2 owe one office day a week by contract; W wishes for the office on Monday and Tuesday; R asks nothing
        for (String id : List.of("H1", "H2", "W", "R")) {
            builder.agent(new Agent(id, id, id.startsWith("H") ? hybrid : Contract.unrestricted(id), Map.of(VOICE, 1.0),
                    null, false, List.of(WorkLocation.HOME, WorkLocation.office(IST)), List.of(EARLY), Map.of()));
        }
        builder.locationPreference("W", DayOfWeek.MONDAY, WorkLocation.office(IST), 5);
        builder.locationPreference("W", DayOfWeek.TUESDAY, WorkLocation.office(IST), 5);
        Roster roster = builder.build();
        for (String id : List.of("H1", "H2", "W", "R")) {
            roster.agentDay(id, 0).setShift(EARLY);
            roster.agentDay(id, 1).setShift(EARLY);
        }
        roster.agentDay("H1", 0).setLocation(WorkLocation.office(IST));  // H1: 1 of 1
        roster.agentDay("W", 0).setLocation(WorkLocation.office(IST));   // W: 1 of 2; H2: 0 of 1

        WishReport report = WishReport.of(roster);

        // R asks for no office day and is left out; shares 1, 0 and 1/2: Gini 4/9
        assertThat(report.officeAskers()).isEqualTo(3);
        assertThat(report.officeShareGini()).isCloseTo(4.0 / 9, within(1e-9));
        // everyone granted all they asked for is perfectly fair, whatever the contracts' mix
        roster.agentDay("H2", 1).setLocation(WorkLocation.office(IST));
        roster.agentDay("W", 1).setLocation(WorkLocation.office(IST));
        assertThat(WishReport.of(roster).officeShareGini()).isZero();
        assertThat(WishReport.of(roster).officeDayGini()).isGreaterThan(0.1);
        assertThat(WishReport.of(roster).weekendsWorked()).containsExactly(4);
    }

    @Test
    void aDatedPlaceSpeaksForItsDateOverTheWeekdayAndAStartAnywhereInItsRangeIsHonoured() {
        RosterBuilder builder = new RosterBuilder("dated", LocalDate.of(2027, 1, 4), 14).queue(VOICE).site(IST).shiftType(EARLY);
        builder.agent(new Agent("A", "A", Contract.unrestricted("A"), Map.of(VOICE, 1.0), null, false,
                List.of(WorkLocation.HOME, WorkLocation.office(IST)), List.of(EARLY), Map.of()));
        builder.locationPreference("A", DayOfWeek.MONDAY, WorkLocation.HOME, 5);  // Monday 11 Jan at home: kept
        builder.locationPreference("A", 0, WorkLocation.office(IST), 30);         // Monday 4 Jan at the office: broken
        builder.startPreference("A", 0, 6 * 60, 8 * 60, 5);                       // 07:00 lies in 06:00-08:00: kept
        Roster roster = builder.build();
        roster.agentDay("A", 0).setShift(EARLY);
        roster.agentDay("A", 7).setShift(EARLY);
        WishReport report = WishReport.of(roster);
        assertThat(report.wishes()).isEqualTo(3);
        assertThat(report.honoured()).isEqualTo(2);
        assertThat(report.byKind()).containsEntry(WishReport.Kind.OFFICE, new WishReport.Tally(1, 0))
                .containsEntry(WishReport.Kind.HOME, new WishReport.Tally(1, 1))
                .containsEntry(WishReport.Kind.START, new WishReport.Tally(1, 1));
    }
}
