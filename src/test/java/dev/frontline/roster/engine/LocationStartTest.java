package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The first roster's worked days placed where their agents want to work, within the seats. */
class LocationStartTest {

    private static final Queue VOICE = new Queue("voice", "Voice", Channel.VOICE);
    private static final Site IST = new Site("IST", "Istanbul", 1);
    private static final ShiftType EARLY = new ShiftType("E", 7 * 60, 8 * 60);

    private static Agent agent(String id, Contract contract) {
        return new Agent(id, id, contract, Map.of(VOICE, 1.0), null, false,
                List.of(WorkLocation.HOME, WorkLocation.office(IST)), List.of(EARLY), Map.of());
    }

    @Test
    void wishedPlacesFirstThenTheContractsOfficeDaysWithinTheSeats() {
        Roster roster = new RosterBuilder("places", LocalDate.of(2027, 1, 4), 7).queue(VOICE).site(IST).shiftType(EARLY)
                .agent(agent("A", Contract.unrestricted("c")))
                .agent(agent("B", Contract.unrestricted("hybrid").withMinOfficeDaysPerWeek(2)))
                // A wants the office on Monday 4 Jan; B wants home on Tuesdays
                .locationPreference("A", 0, WorkLocation.office(IST), 30)
                .locationPreference("B", DayOfWeek.TUESDAY, WorkLocation.HOME, 10)
                .build();
        for (String agent : List.of("A", "B")) {
            for (int day = 0; day < 3; day++) {
                roster.agentDay(agent, day).setShift(EARLY);
            }
        }
        LocationStart.placeAll(roster, AgentDay::setLocation, () -> false);
        // A takes Monday's only seat; B's two office days are the days left with a seat and no home wish first
        assertThat(roster.agentDay("A", 0).getLocation()).isEqualTo(WorkLocation.office(IST));
        assertThat(roster.agentDay("B", 0).getLocation()).isEqualTo(WorkLocation.HOME);
        assertThat(roster.agentDay("B", 2).getLocation()).isEqualTo(WorkLocation.office(IST));
        // Tuesday was wished at home, but the contract's second office day could only go there
        assertThat(roster.agentDay("B", 1).getLocation()).isEqualTo(WorkLocation.office(IST));
        // days off are not placed
        assertThat(roster.agentDay("A", 5).getLocation()).isEqualTo(WorkLocation.HOME);
    }
}
