package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ShiftStartMoveFactoryTest {

    private static final ShiftType E0800 = new ShiftType("E0800", 8 * 60, 480);
    private static final ShiftType E0815 = new ShiftType("E0815", 8 * 60 + 15, 480);
    private static final ShiftType E0900 = new ShiftType("E0900", 9 * 60, 480);
    private static final ShiftType P0815 = new ShiftType("P0815", 8 * 60 + 15, 240);
    /** Same length and 15 minutes later, but not one of the agent's shift types. */
    private static final ShiftType E0830 = new ShiftType("E0830", 8 * 60 + 30, 480);

    @Test
    void neighboursKeepTheLengthAndStayWithinTheAgentsShiftTypes() {
        Map<ShiftType, ShiftType[]> neighbours = ShiftStartMoveFactory.neighbours(List.of(E0800, E0815, E0900, P0815));

        // deltas -60, -30, -15, +15, +30, +60
        assertThat(neighbours.get(E0800)).containsExactly(null, null, null, E0815, null, E0900);
        assertThat(neighbours.get(E0815)).containsExactly(null, null, E0800, null, null, null);
        assertThat(neighbours.get(E0900)).containsExactly(E0800, null, null, null, null, null);
        // the 4-hour shift has no same-length neighbour, so it never moves
        assertThat(neighbours).doesNotContainKey(P0815);
        neighbours.values().forEach(row -> assertThat(row).doesNotContain(E0830, P0815));
    }

    @Test
    void aRunMovesByOneDeltaOrNotAtAllAndPinnedDaysStay() {
        Roster roster = roster();
        AgentDay[] days = roster.getAgentDays().toArray(AgentDay[]::new);
        days[0].setShift(E0800);
        days[1].setShift(E0800);
        days[2].setShift(E0815);
        ShiftStartMoveFactory.AgentRow row = new ShiftStartMoveFactory.AgentRow(days,
                ShiftStartMoveFactory.neighbours(List.of(E0800, E0815, E0900)));

        // +15 min: 08:00 → 08:15 on days 0 and 1, but 08:15 has no 08:30 in the agent's types: the run cannot move
        assertThat(ShiftStartMoveFactory.moveRun(row, 1, 3)).isNull();
        days[2].setShift(E0800);
        BlockMove run = ShiftStartMoveFactory.moveRun(row, 1, 5);
        assertThat(run.targets()).containsExactly(Map.entry(days[0], E0900), Map.entry(days[1], E0900),
                Map.entry(days[2], E0900));
        // the single-day move changes one day and keeps the length
        assertThat(ShiftStartMoveFactory.moveDay(row, days[1], 3).targets()).containsExactly(Map.entry(days[1], E0815));
        // a day off and a pinned day do not move
        assertThat(ShiftStartMoveFactory.moveDay(row, days[3], 3)).isNull();
        days[1].setPinned(true);
        assertThat(ShiftStartMoveFactory.moveDay(row, days[1], 3)).isNull();
        assertThat(ShiftStartMoveFactory.moveRun(row, 0, 5)).isNull();
    }

    private static Roster roster() {
        RosterBuilder builder = new RosterBuilder("start", LocalDate.of(2024, 1, 1), 4).shiftType(E0800).shiftType(E0815)
                .shiftType(E0900);
        List<ShiftType> types = new ArrayList<>(List.of(E0800, E0815, E0900));
        builder.agent(new Agent("ann", "Ann", Contract.unrestricted("c"), Map.of(), null, false, List.of(WorkLocation.HOME),
                types, Map.of()));
        return builder.build();
    }
}
