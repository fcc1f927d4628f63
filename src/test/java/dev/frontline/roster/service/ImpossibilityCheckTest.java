package dev.frontline.roster.service;

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

/** The rules a problem's data make impossible, found at load time, week by week, each with its agent or office. */
class ImpossibilityCheckTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);
    private static final Queue VOICE = new Queue("VOICE", "Voice", Channel.VOICE);
    private static final Site IST = new Site("IST", "Istanbul", 1);
    private static final ShiftType DAY = new ShiftType("DAY", 9 * 60, 8 * 60);
    private static final Contract FULL_TIME = Contract.unrestricted("FT40").withWeeklyMinutes(2400, 2400)
            .withTimeOffCreditMinutes(480);

    private static Agent agent(String id, Contract contract, List<WorkLocation> locations) {
        return new Agent(id, "Agent " + id, contract, Map.of(VOICE, 1.0), null, false, locations, List.of(DAY), Map.of());
    }

    private static RosterBuilder centre(Agent... agents) {
        RosterBuilder builder = new RosterBuilder("test", MONDAY, 14).queue(VOICE).site(IST).shiftType(DAY);
        for (Agent agent : agents) {
            builder.agent(agent);
        }
        return builder;
    }

    @Test
    void availabilityBelowTheWeeklyMinimumIsNamedWithAgentWeekAndRule() {
        RosterBuilder builder = centre(agent("A1", FULL_TIME, List.of(WorkLocation.HOME)));
        // in the second week A1 may work only Monday to Wednesday: 24 h of the 40 the contract asks for
        for (int day = 10; day < 14; day++) {
            builder.availability("A1", day, List.of(), "weekly availability");
        }
        List<Impossibility> found = ImpossibilityCheck.of(builder.build());

        assertThat(found).singleElement().satisfies(i -> {
            assertThat(i.rule()).isEqualTo(Impossibility.Rule.WEEKLY_MINUTES);
            assertThat(i.agentId()).isEqualTo("A1");
            assertThat(i.weekStart()).isEqualTo(MONDAY.plusWeeks(1));
            assertThat(i.available()).isEqualTo(3 * 480);
            assertThat(i.needed()).isEqualTo(2400);
            assertThat(i.describe()).isEqualTo("Agent A1 (A1), week of Mon 21 Dec: available for at most 24 h but"
                    + " contract FT40 asks for at least 40 h a week");
        });
    }

    @Test
    void approvedLeaveCountsItsCreditSoAFullWeekOfLeaveIsPossible() {
        RosterBuilder builder = centre(agent("A1", FULL_TIME, List.of(WorkLocation.HOME)));
        for (int day = 0; day < 5; day++) {
            builder.timeOff("A1", day, "vacation");
        }
        assertThat(ImpossibilityCheck.of(builder.build())).isEmpty();
    }

    @Test
    void tooFewSeatsAndTooFewDaysForOfficeDaysAreNamed() {
        Contract office = Contract.unrestricted("OFFICE3").withMinOfficeDaysPerWeek(3);
        List<WorkLocation> both = List.of(WorkLocation.HOME, WorkLocation.office(IST));
        RosterBuilder builder = centre(agent("A1", office, both), agent("A2", office, both), agent("A3", office, both));
        // A3 is free only on two days of the first week
        for (int day = 2; day < 7; day++) {
            builder.timeOff("A3", day, "vacation");
        }
        Roster roster = builder.build();

        List<Impossibility> found = ImpossibilityCheck.of(roster);

        assertThat(found).filteredOn(i -> i.rule() == Impossibility.Rule.OFFICE_DAYS).singleElement()
                .satisfies(i -> {
                    assertThat(i.agentId()).isEqualTo("A3");
                    assertThat(i.weekStart()).isEqualTo(MONDAY);
                    assertThat(i.available()).isEqualTo(2);
                });
        // one seat gives 7 seat-days a week; 3 + 3 + 2 office days are asked in week 1, 3 + 3 + 3 in week 2
        assertThat(found).filteredOn(i -> i.rule() == Impossibility.Rule.SEATS)
                .extracting(Impossibility::weekStart, Impossibility::available, Impossibility::needed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(MONDAY, 7L, 8L),
                        org.assertj.core.groups.Tuple.tuple(MONDAY.plusWeeks(1), 7L, 9L));
        assertThat(found).filteredOn(i -> i.rule() == Impossibility.Rule.SEATS).first()
                .satisfies(i -> assertThat(i.describe()).startsWith("Istanbul office, week of Mon 14 Dec: 7 seat-days"));
    }

    @Test
    void aProblemThatCanBeRosteredHasNoFinding() {
        Contract office = Contract.unrestricted("OFFICE2").withMinOfficeDaysPerWeek(2).withWeeklyMinutes(960, 2400);
        List<WorkLocation> both = List.of(WorkLocation.HOME, WorkLocation.office(IST));
        assertThat(ImpossibilityCheck.of(centre(agent("A1", office, both), agent("A2", office, both),
                agent("A3", office, both)).build())).isEmpty();
    }
}
