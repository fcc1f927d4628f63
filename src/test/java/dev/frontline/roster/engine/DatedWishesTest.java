package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dated location preferences as the builder, the scenario files and the demo-like wishes give them to the engine. */
class DatedWishesTest {

    private static final LocalDate MONDAY = LocalDate.of(2027, 1, 4);
    private static final Queue VOICE = new Queue("voice", "Voice", Channel.VOICE);
    private static final Site IST = new Site("IST", "Istanbul", 5);
    private static final ShiftType EARLY = new ShiftType("E", 7 * 60, 8 * 60);

    private static RosterBuilder builder() {
        return new RosterBuilder("dated", MONDAY, 14).queue(VOICE).site(IST).shiftType(EARLY)
                .agent(new Agent("A", "A", Contract.unrestricted("c"), Map.of(VOICE, 1.0), null, false,
                        List.of(WorkLocation.HOME, WorkLocation.office(IST)), List.of(EARLY), Map.of()));
    }

    @Test
    void ofTwoDatedPreferencesForOneDayTheHeavierHolds() {
        Roster roster = builder().locationPreference("A", 8, WorkLocation.HOME, 20)
                .locationPreference("A", 8, WorkLocation.office(IST), 100)
                .locationPreference("A", 8, WorkLocation.HOME, 40).build();
        assertThat(roster.getLocationPreferences()).singleElement().satisfies(p -> {
            assertThat(p.day()).isEqualTo(8);
            assertThat(p.dayOfWeek()).isEqualTo(DayOfWeek.TUESDAY);
            assertThat(p.location()).isEqualTo(WorkLocation.office(IST));
            assertThat(p.weight()).isEqualTo(100);
        });
    }

    @Test
    void aScenarioFileRowWithADayIsADatedPreference(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("horizon.csv"), "start_date,days\n2027-01-04,14\n");
        Files.writeString(folder.resolve("queues.csv"), "id,name,channel\nvoice,Voice,VOICE\n");
        Files.writeString(folder.resolve("sites.csv"), "id,name,seats\nIST,Istanbul,5\n");
        Files.writeString(folder.resolve("shift_types.csv"), "id,start,length_minutes,cannot_be_followed_by,breaks,"
                + "break_minutes,lunch_minutes\nE,07:00,480,,0,0,0\n");
        Files.writeString(folder.resolve("contracts.csv"), "id,min_minutes_per_week,max_minutes_per_week,max_consecutive_days,"
                + "min_consecutive_days,min_days_off,max_weekends,min_rest_minutes,time_off_credit_minutes,"
                + "overtime_after_minutes_per_week,min_office_days_per_week\nc,0,,,0,0,,0,0,,0\n");
        Files.writeString(folder.resolve("agents.csv"), "id,name,contract,team,team_lead,skills,locations,shift_types\n"
                + "A,A,c,,false,voice:1,HOME|OFFICE@IST,E\n");
        Files.writeString(folder.resolve("requirements.csv"), "queue,day,time,agents\nvoice,0,07:00,1\n");
        Files.writeString(folder.resolve("location_preferences.csv"), "agent,weekday,day,location,weight\n"
                + "A,TUESDAY,,HOME,5\nA,,8,OFFICE@IST,30\n");
        Roster roster = ScenarioReader.read(folder);
        assertThat(roster.getLocationPreferences()).extracting(LocationPreference::dayOfWeek, LocationPreference::day,
                LocationPreference::isDated).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DayOfWeek.TUESDAY, LocationPreference.EVERY_WEEK, false),
                        org.assertj.core.groups.Tuple.tuple(DayOfWeek.TUESDAY, 8, true));
    }

    @Test
    void demoLikeWishesKeepTheCentreAndStayWithinEachWindowsBudget() {
        Roster own = CentreGenerator.generate(60, 2, 1.15, 3);
        Roster demo = CentreGenerator.generateCentre(60, 2, 1.15, 3, null, CentreGenerator.Wishes.DEMO).roster();
        assertThat(demo.getIntervalDemands()).extracting(Object::toString)
                .isEqualTo(own.getIntervalDemands().stream().map(Object::toString).toList());
        assertThat(demo.getTimeOffs()).hasSameSizeAs(own.getTimeOffs());
        assertThat(demo.getLocationPreferences()).isNotEmpty().allMatch(LocationPreference::isDated);
        assertThat(demo.getStartPreferences()).isNotEmpty().allMatch(StartPreference::isRange);
        // points spent per agent and two-week window (weights are AgentWishWeight's points): a weekday wish costs its
        // points once, not per date
        Map<String, Integer> spent = new HashMap<>();
        Map<String, Boolean> counted = new HashMap<>();
        demo.getShiftRequests().forEach(r -> spent.merge(r.agent().id() + "/" + r.day() / 14, r.weight(), Integer::sum));
        demo.getStartPreferences().forEach(p -> {
            if (counted.putIfAbsent("S" + p.agent().id() + "/" + p.day() / 14, true) == null) {
                spent.merge(p.agent().id() + "/" + p.day() / 14, p.weight(), Integer::sum);
            }
        });
        assertThat(spent.values()).isNotEmpty().allMatch(weight -> weight <= AgentWishWeight.of(DemoLikeWishes.BUDGET));
    }
}
