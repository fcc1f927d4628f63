package dev.frontline.roster.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.frontline.testing.RequiresSharedData;
import dev.frontline.testing.SharedDataCondition;

class BankCentreTest {

    private static final String FOLDER = "callcenter_us_bank_2003_5min";

    @Test
    @RequiresSharedData(FOLDER + "/" + BankCentre.FILE)
    void fourWeeksOfRealArrivalsPeakAtFourHundredAgents() {
        Roster roster = BankCentre.build(SharedDataCondition.path(FOLDER), 0, 0).roster();

        assertThat(roster.getStartDate()).hasToString("2003-03-03");
        assertThat(roster.getAgents()).hasSize(BankCentre.AGENTS);
        assertThat(roster.getShiftTypes()).hasSize(100);
        assertThat(roster.getSites()).singleElement().satisfies(site -> assertThat(site.seats()).isLessThan(400));
        int peak = roster.getIntervalDemands().stream().mapToInt(IntervalDemand::requiredMilli).max().orElse(0) / 1000;
        assertThat(peak).isBetween(395, BankCentre.PEAK_AGENTS);
        // the bank takes no calls at weekends
        assertThat(roster.getIntervalDemands()).allSatisfy(d -> assertThat(d.interval() / 96 % 7).isLessThan(5));
    }

    @Test
    @RequiresSharedData(FOLDER + "/" + BankCentre.FILE)
    void theCrossSkilledVariantHasTwoQueuesAndAboutThatShareOfBilingualAgents() {
        Roster roster = BankCentre.build(SharedDataCondition.path(FOLDER), 0.3, 0).roster();

        assertThat(roster.getQueues()).hasSize(2);
        long both = roster.getAgents().stream().filter(a -> a.skills().size() == 2).count();
        assertThat(both).isBetween(120L, 180L);
    }

    @Test
    void aBrokenArrivalsFileIsRefusedNamingTheLine(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve(BankCentre.FILE),
                "date,weekday,interval,interval_start,calls\n2003-03-03,Mon,1,07:00,111\n2003-03-03,Mon,2,07:05,many\n");

        assertThat(BankCentre.exists(folder)).isTrue();
        assertThatThrownBy(() -> BankCentre.build(folder, 0, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3");
    }
}
