package dev.frontline.selfservice.swaps.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.Channel;
import dev.frontline.roster.engine.Contract;
import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.Queue;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterBuilder;
import dev.frontline.roster.engine.ShiftType;
import dev.frontline.roster.engine.WorkLocation;

class OpenShiftFinderTest {

    private static final Queue VOICE = new Queue("VOICE", "Voice", Channel.VOICE);
    private static final ShiftType EARLY = new ShiftType("E", 7 * 60, 4 * 60);
    private static final ShiftType LATE = new ShiftType("L", 13 * 60, 4 * 60);

    @Test
    void twoAgentsShortInTheMorningGiveTwoEarlyShiftsAndAShortAfternoonGapGivesNone() {
        RosterBuilder builder = new RosterBuilder("gaps", LocalDate.of(2027, 1, 4), 7).queue(VOICE).shiftType(EARLY).shiftType(LATE)
                .agent(new Agent("A", "A", Contract.unrestricted("c"), Map.of(VOICE, 1.0), null, false,
                        List.of(WorkLocation.HOME), List.of(EARLY, LATE), Map.of()));
        for (int minute = 7 * 60; minute < 11 * 60; minute += 15) {
            builder.requirement("VOICE", 1, minute, 2.0);
        }
        // half an hour of one agent missing in the afternoon: less than the one agent-hour an open shift must fill
        builder.requirement("VOICE", 1, 13 * 60, 1.0).requirement("VOICE", 1, 13 * 60 + 15, 1.0);
        Roster roster = builder.build();
        List<OpenShiftFinder.FoundShift> found = OpenShiftFinder.find(roster, CoverageReport.of(roster), 0, 10);
        assertThat(found).hasSize(2).allSatisfy(f -> {
            assertThat(f.shiftType()).isEqualTo(EARLY);
            assertThat(f.day()).isEqualTo(1);
            assertThat(f.queueId()).isEqualTo("VOICE");
            assertThat(f.gapIntervals()).isEqualTo(16);
        });
        assertThat(OpenShiftFinder.find(roster, CoverageReport.of(roster), 2, 10)).isEmpty();
    }
}
