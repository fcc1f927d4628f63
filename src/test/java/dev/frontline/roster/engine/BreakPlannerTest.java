package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BreakPlannerTest {

    private static final ShiftType DAY = new ShiftType("D", 9 * 60, 8 * 60, Set.of(),
            new BreakRule(2, 15, 30, 60, 60, 30));

    private static Roster roster(double[] requiredByHour) {
        Queue voice = new Queue("voice", "Voice", Channel.VOICE);
        RosterBuilder builder = new RosterBuilder("breaks", LocalDate.of(2024, 1, 1), 1).queue(voice).shiftType(DAY);
        for (String id : List.of("a", "b")) {
            builder.agent(new Agent(id, id, Contract.unrestricted("c"), Map.of(voice, 1.0), null, false,
                    List.of(WorkLocation.HOME), List.of(DAY), Map.of()));
            builder.pinned(id, 0, "D", WorkLocation.HOME);
        }
        for (int minute = 0; minute < 24 * 60; minute += 15) {
            builder.requirement("voice", 0, minute, requiredByHour[minute / 60]);
        }
        return builder.build();
    }

    @Test
    void breaksGoWhereCoverageAffordsThemWithinTheTemplate() {
        double[] required = new double[24];
        java.util.Arrays.fill(required, 9, 17, 2.0);
        // from 13:00 to 15:00 only one agent is needed: lunches should go there
        required[13] = 1.0;
        required[14] = 1.0;
        List<BreakPlanner.PlannedBreak> breaks = BreakPlanner.plan(roster(required));

        assertThat(breaks).hasSize(6);
        assertThat(breaks).filteredOn(BreakPlanner.PlannedBreak::lunch).hasSize(2)
                .allMatch(b -> b.startMinute() >= 13 * 60 && b.startMinute() + b.minutes() <= 15 * 60);
        for (BreakPlanner.PlannedBreak b : breaks) {
            assertThat(b.startMinute() % 15).isZero();
            assertThat(b.startMinute()).isGreaterThanOrEqualTo(10 * 60);
            assertThat(b.startMinute() + b.minutes()).isLessThanOrEqualTo(16 * 60);
        }
        // the same roster always gets the same breaks
        assertThat(BreakPlanner.plan(roster(required))).isEqualTo(breaks);
    }

    @Test
    void breaksOfOneShiftKeepTheirGap() {
        double[] flat = new double[24];
        java.util.Arrays.fill(flat, 1.0);
        List<BreakPlanner.PlannedBreak> breaks = BreakPlanner.plan(roster(flat));
        for (String agent : List.of("a", "b")) {
            List<BreakPlanner.PlannedBreak> own = breaks.stream().filter(b -> b.agentId().equals(agent)).toList();
            assertThat(own).hasSize(3);
            for (int i = 1; i < own.size(); i++) {
                assertThat(own.get(i).startMinute()).isGreaterThanOrEqualTo(own.get(i - 1).startMinute()
                        + own.get(i - 1).minutes() + 30);
            }
        }
    }
}
