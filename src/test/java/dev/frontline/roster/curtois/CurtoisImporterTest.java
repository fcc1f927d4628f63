package dev.frontline.roster.curtois;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dev.frontline.roster.engine.Agent;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.ShiftRequest;
import dev.frontline.testing.RequiresSharedData;
import dev.frontline.testing.SharedDataCondition;

@RequiresSharedData(CurtoisImporterTest.INSTANCES_FOLDER)
class CurtoisImporterTest {

    static final String INSTANCES_FOLDER = "rostering_curtois_shift_scheduling_benchmark/instances";
    static final Path INSTANCES = SharedDataCondition.path(INSTANCES_FOLDER);

    static CurtoisInstance instance(int number) {
        return CurtoisParser.parse(INSTANCES.resolve("Instance" + number + ".txt"));
    }

    @Test
    void importsInstance1() {
        CurtoisInstance instance = instance(1);
        Roster roster = CurtoisImporter.toRoster(instance);
        assertThat(roster.getHorizonDays()).isEqualTo(14);
        assertThat(roster.getAgents()).hasSize(8);
        assertThat(roster.getShiftTypes()).hasSize(1);
        assertThat(roster.getShiftTypes().get(0).lengthMinutes()).isEqualTo(480);
        assertThat(roster.getAgentDays()).hasSize(8 * 14);
        assertThat(roster.getTimeOffs()).hasSize(8);
        assertThat(roster.getShiftRequests().stream().filter(ShiftRequest::wantsToWork)).hasSize(21);
        assertThat(roster.getShiftRequests().stream().filter(r -> !r.wantsToWork())).hasSize(5);
        assertThat(roster.getShiftDemands()).hasSize(14);
        assertThat(roster.getShiftDemands().stream().mapToInt(d -> d.required()).sum()).isEqualTo(71);
        Agent a = roster.getAgents().get(0);
        assertThat(a.contract().maxMinutesInHorizon()).isEqualTo(4320);
        assertThat(a.contract().minMinutesInHorizon()).isEqualTo(3360);
        assertThat(a.contract().maxConsecutiveWorkingDays()).isEqualTo(5);
        assertThat(a.contract().minConsecutiveWorkingDays()).isEqualTo(2);
        assertThat(a.contract().minConsecutiveDaysOff()).isEqualTo(2);
        assertThat(a.contract().maxWeekends()).isEqualTo(1);
        assertThat(roster.getStartDate().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.MONDAY);
    }

    @Test
    void shiftTypesCappedAtZeroAreNotAllowed() {
        CurtoisInstance instance = instance(12);
        Roster roster = CurtoisImporter.toRoster(instance);
        Agent a = roster.getAgents().get(0);
        // A: d3, p1 and n1 have a maximum of 0
        assertThat(a.shiftTypes()).extracting(s -> s.id()).doesNotContain("d3", "p1", "n1").hasSize(7);
    }
}
