package dev.frontline.roster.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.frontline.roster.curtois.CurtoisImporter;
import dev.frontline.roster.curtois.CurtoisParser;
import dev.frontline.roster.engine.AgentDay;
import dev.frontline.roster.engine.BreakPlanner;
import dev.frontline.roster.engine.CoverageReport;
import dev.frontline.roster.engine.Roster;
import dev.frontline.roster.engine.RosterExplainer;
import dev.frontline.roster.engine.RosterExplanation;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.roster.engine.ScenarioReader;
import dev.frontline.shared.csv.SafeCsvPrinter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "solve", mixinStandardHelpOptions = true,
        description = "Rosters a scenario read from files (a folder of CSV files, or a Curtois-format instance), "
                + "places breaks and explains the result.")
public class RosterSolveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static class Input {
        @Option(names = "--scenario", description = "Folder with horizon.csv, queues.csv, sites.csv, shift_types.csv, "
                + "contracts.csv, agents.csv, requirements.csv (optional: time_off.csv, requests.csv, "
                + "location_preferences.csv, pinned.csv); see docs/roster.md.")
        Path scenario;

        @Option(names = "--curtois", description = "A Curtois & Qu instance file (shift-based cover).")
        Path curtois;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    @Option(names = "--seconds", defaultValue = "30", description = "Time limit (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--config", defaultValue = RosterSolver.DEFAULT, description = "Solver configuration (default ${DEFAULT-VALUE}).")
    String config;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", defaultValue = "target/roster.csv", description = "Roster file to write (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--reasons", defaultValue = "3", description = "Reasons shown per constraint (default ${DEFAULT-VALUE}).")
    int reasons;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (seconds < 1) {
            throw new IllegalArgumentException("--seconds " + seconds + " must be at least 1");
        }
        Roster problem = input.scenario != null ? ScenarioReader.read(input.scenario)
                : CurtoisImporter.toRoster(CurtoisParser.parse(input.curtois));
        out.printf(Locale.ROOT, "%s: %d agents, %d days, %d shift types%n", problem.getName(), problem.getAgents().size(),
                problem.getHorizonDays(), problem.getShiftTypes().size());
        CoverageSummary summary = CoverageSummary.bound(problem, out);
        RosterSolver.Outcome outcome = new RosterSolver(RosterSolver.config(config, Duration.ofSeconds(seconds), null, seed))
                .solve(problem, null);
        Roster roster = outcome.roster();
        RosterExplanation explanation = new RosterExplainer(RosterSolver.config(config)).explain(roster);
        List<BreakPlanner.PlannedBreak> breaks = BreakPlanner.plan(roster);
        out.print(explanation.summary(reasons));
        if (!roster.getIntervalDemands().isEmpty()) {
            CoverageReport coverage = CoverageReport.of(roster);
            out.printf(Locale.ROOT, "coverage: %.1f required agent-hours, %.1f unmet (%.1f %%), before breaks%n",
                    coverage.requiredAgentHours(), coverage.unmetAgentHours(), coverage.undercoveragePercent());
        }
        write(roster, breaks);
        out.printf(Locale.ROOT, "roster with %d breaks written to %s%n", breaks.size(), this.out);
        out.println("hard=" + -outcome.score().hardScore() + " soft=" + -outcome.score().softScore());
        out.println(summary.line(roster, -outcome.score().hardScore()));
        return 0;
    }

    private void write(Roster roster, List<BreakPlanner.PlannedBreak> breaks) {
        StringWriter text = new StringWriter();
        try (SafeCsvPrinter printer = new SafeCsvPrinter(text)) {
            printer.printRecord("agent", "day", "date", "shift", "start", "end", "location", "breaks");
            for (AgentDay d : roster.getAgentDays().stream().filter(AgentDay::isWorking)
                    .sorted(Comparator.comparing((AgentDay day) -> day.getAgent().id()).thenComparingInt(AgentDay::getDay))
                    .toList()) {
                StringBuilder own = new StringBuilder();
                breaks.stream().filter(b -> b.agentId().equals(d.getAgent().id()) && b.day() == d.getDay())
                        .forEach(b -> own.append(own.isEmpty() ? "" : "|").append(clock(b.startMinute()))
                                .append('+').append(b.minutes()));
                printer.printRecord(d.getAgent().id(), d.getDay(), d.getDate(), d.getShift().id(),
                        clock(d.getStartMinute()), clock(d.getEndMinute()), d.getLocation().label(), own);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the roster to " + out, e);
        }
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the roster to " + out, e);
        }
    }

    private static String clock(int minuteFromHorizonStart) {
        int minuteOfDay = minuteFromHorizonStart % (24 * 60);
        return String.format(Locale.ROOT, "%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
