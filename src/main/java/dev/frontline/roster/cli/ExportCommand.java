package dev.frontline.roster.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.service.RosterScenario;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code export scenario --from DATE --weeks N --out DIR}: the database's rostering problem for whole weeks, as the
 * roster screen would load it, written as a scenario folder that {@code solve --scenario DIR} reads back; for
 * reproducing a planner's problem outside the application, in a benchmark or a bug report.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports data from the database named by SPRING_DATASOURCE_URL.",
        subcommands = ExportCommand.Scenario.class)
public final class ExportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "scenario", mixinStandardHelpOptions = true,
            description = "Writes the rostering problem of whole weeks (agents, contracts, shift types, requirements, "
                    + "time off and wishes) as a scenario folder for solve --scenario; see docs/roster.md.")
    static final class Scenario implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--from", required = true, description = "First day, a Monday (YYYY-MM-DD).")
        LocalDate from;

        @Option(names = "--weeks", required = true, description = "Whole weeks from the first day (1 to 8).")
        int weeks;

        @Option(names = "--out", required = true, description = "Folder to write (created if missing).")
        Path out;

        @Override
        public Integer call() {
            RosterScenario scenario = DatabaseProblem.load(out.getFileName().toString(), from, weeks);
            Roster problem = scenario.build();
            ScenarioWriter.write(problem, out);
            report(problem, scenario.notes(), spec.commandLine().getOut());
            return 0;
        }

        private void report(Roster problem, List<String> notes, PrintWriter out) {
            out.printf(Locale.ROOT, "scenario %s .. %s written to %s: %d agents, %d shift types, %d queues, %d"
                            + " requirement intervals%n", from, from.plusWeeks(weeks).minusDays(1), this.out,
                    problem.getAgents().size(), problem.getShiftTypes().size(), problem.getQueues().size(),
                    problem.getIntervalDemands().size());
            notes.forEach(note -> out.println("note: " + note));
            List<String> leftOut = ScenarioWriter.leftOut(problem);
            if (!leftOut.isEmpty()) {
                out.println("not in the scenario format, so left out: " + String.join("; ", leftOut));
            }
        }
    }
}
