package dev.frontline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import dev.frontline.attrition.cli.AttritionBenchCommand;
import dev.frontline.capacity.cli.CapacityBenchCommand;
import dev.frontline.imports.cli.ImportBenchCommand;
import dev.frontline.quality.kpis.cli.KpiImportBenchCommand;
import dev.frontline.roster.cli.CurtoisBenchCommand;
import dev.frontline.roster.cli.RosterBenchCommand;
import dev.frontline.roster.cli.TrainingBenchCommand;
import dev.frontline.selfservice.bidding.cli.BidBenchCommand;
import dev.frontline.selfservice.officedays.cli.SeatStormBenchCommand;
import dev.frontline.staffing.cli.StaffingBenchCommand;

/** Parent of the benchmark commands; each prints its figures and updates its section of docs/benchmarks.md. */
@Command(name = "bench",
        mixinStandardHelpOptions = true,
        description = "Benchmarks that print their figures and update docs/benchmarks.md.",
        subcommands = {DemoForecastBenchCommand.class, StaffingBenchCommand.class, RosterBenchCommand.class,
                TrainingBenchCommand.class,
                CurtoisBenchCommand.class, ImportBenchCommand.class, AttritionBenchCommand.class,
                LoadBenchCommand.class,
                SeatStormBenchCommand.class, BidBenchCommand.class, KpiImportBenchCommand.class,
                CapacityBenchCommand.class})
final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
