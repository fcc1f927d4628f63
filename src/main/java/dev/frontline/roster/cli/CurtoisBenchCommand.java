package dev.frontline.roster.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import dev.frontline.roster.curtois.CurtoisEvaluation;
import dev.frontline.roster.curtois.CurtoisEvaluator;
import dev.frontline.roster.curtois.CurtoisImporter;
import dev.frontline.roster.curtois.CurtoisInstance;
import dev.frontline.roster.curtois.CurtoisParser;
import dev.frontline.roster.engine.RosterSolver;
import dev.frontline.shared.bench.BenchmarkReport;
import dev.frontline.shared.csv.SafeCsvPrinter;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "curtois", mixinStandardHelpOptions = true,
        description = "Solves Curtois & Qu shift scheduling instances with the roster engine and checks each roster with "
                + "the benchmark's own rules.")
public class CurtoisBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    static class Target {
        @Option(names = "--instance", description = "One instance file, e.g. ../shared/data/rostering_curtois_shift_scheduling_benchmark/instances/Instance1.txt")
        Path instance;

        @Option(names = "--all", description = "A folder of Instance*.txt files: runs every one and writes the report section.")
        Path all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Target target;

    @Option(names = "--seconds", defaultValue = "60", description = "Time limit per instance (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--moves", description = "Stop after this many evaluated moves instead of after --seconds: the same "
            + "search whatever the machine's load, for comparing configurations.")
    Long moves;

    @Option(names = "--seed", defaultValue = "0", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--config", defaultValue = RosterSolver.DEFAULT, description = "Solver configuration (default ${DEFAULT-VALUE}).")
    String config;

    @Option(names = "--best-known", description = "best_known.csv (default: next to the instances folder).")
    Path bestKnownFile;

    @Option(names = "--out", defaultValue = "target/curtois", description = "Folder for the solution grids (default ${DEFAULT-VALUE}).")
    Path out;

    record Result(String instance, long objective, int hard, long millisToBest, Long bestKnown) {

        Double gapPercent() {
            return bestKnown == null || bestKnown == 0 ? null : 100.0 * (objective - bestKnown) / bestKnown;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (moves != null && moves < 1) {
            throw new IllegalArgumentException("--moves " + moves + " must be at least 1");
        }
        if (seconds < 1) {
            throw new IllegalArgumentException("--seconds " + seconds + " must be at least 1");
        }
        if (target.instance != null) {
            if (!Files.isRegularFile(target.instance)) {
                out.println("Curtois instance " + target.instance + " not found; skipping the benchmark.");
                return 0;
            }
            Result result = run(target.instance, bestKnown(target.instance.toAbsolutePath().getParent()), out);
            out.println("objective=" + result.objective() + " hard=" + result.hard());
            return 0;
        }
        if (!Files.isDirectory(target.all)) {
            out.println("Curtois folder " + target.all + " not found; skipping the benchmark.");
            return 0;
        }
        Map<String, Long> bestKnown = bestKnown(target.all.toAbsolutePath());
        List<Result> results = new ArrayList<>();
        for (Path file : instanceFiles(target.all)) {
            results.add(run(file, bestKnown, out));
        }
        String table = table(results);
        out.print(table);
        BenchmarkReport.inWorkingDirectory().writeSection("curtois", "Roster engine on the Curtois & Qu benchmark",
                "java -jar target/frontline.jar bench curtois --all " + target.all
                        + (moves == null ? " --seconds " + seconds : " --moves " + moves)
                        + " --seed " + seed + " --config " + config,
                table + "\nSolver configuration `" + config + "`, "
                        + (moves == null ? seconds + " s" : moves + " evaluated moves")
                        + " per instance (no early stop without improvement), one solver thread, seed " + seed + ". Hard = rules the benchmark's own "
                        + "checker (CurtoisEvaluator) finds broken; gap = (objective - best known) / best known.\n");
        long feasible = results.stream().filter(r -> r.hard() == 0).count();
        out.println("instances=" + results.size() + " feasible=" + feasible + " mean_gap_1_7="
                + format(meanGap(results, 7)) + "%");
        return 0;
    }

    private Result run(Path file, Map<String, Long> bestKnown, PrintWriter out) {
        CurtoisInstance instance = CurtoisParser.parse(file);
        // the whole --seconds are used: an unimproved-time limit of the same length never fires first
        SolverConfig solverConfig = RosterSolver.config(config, Duration.ofSeconds(seconds), Duration.ofSeconds(seconds),
                seed);
        if (moves != null) {
            solverConfig.setTerminationConfig(new TerminationConfig().withMoveCountLimit(moves));
        }
        RosterSolver solver = new RosterSolver(solverConfig);
        RosterSolver.Outcome outcome = solver.solve(CurtoisImporter.toRoster(instance), null);
        String[][] grid = CurtoisImporter.toGrid(instance, outcome.roster());
        CurtoisEvaluation evaluation = CurtoisEvaluator.evaluate(instance, grid);
        Path solution = writeGrid(instance, grid);
        out.printf(Locale.ROOT, "%s: %d staff, %d days, %d shift types%n", instance.name(), instance.staff().size(),
                instance.days(), instance.shifts().size());
        out.printf(Locale.ROOT, "  engine score %s, objective %d (on %d, off %d, under %d, over %d), hard violations %d%n",
                outcome.score(), evaluation.objective(), evaluation.onRequestPenalty(), evaluation.offRequestPenalty(),
                evaluation.underCoverPenalty(), evaluation.overCoverPenalty(), evaluation.hardViolations().size());
        evaluation.hardViolations().stream().limit(10).forEach(v -> out.println("    " + v));
        out.printf(Locale.ROOT, "  time to best %.1f s, %d move evaluations/s, solution %s%n",
                outcome.millisToBest() / 1000.0, outcome.moveEvaluationsPerSecond(), solution);
        out.flush();
        return new Result(instance.name(), evaluation.objective(), evaluation.hardViolations().size(),
                outcome.millisToBest(), bestKnown.get(instance.name()));
    }

    private Path writeGrid(CurtoisInstance instance, String[][] grid) {
        StringWriter text = new StringWriter();
        try (SafeCsvPrinter printer = new SafeCsvPrinter(text)) {
            List<Object> header = new ArrayList<>(List.of("day"));
            instance.staff().forEach(s -> header.add(s.id()));
            printer.printRecord(header);
            for (int d = 0; d < instance.days(); d++) {
                List<Object> cells = new ArrayList<>(List.of(d));
                for (String[] row : grid) {
                    cells.add(row[d] == null ? "-" : row[d]);
                }
                printer.printRecord(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the solution grid under " + this.out, e);
        }
        try {
            Files.createDirectories(this.out);
            Path file = this.out.resolve(instance.name() + "-solution.csv");
            Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the solution grid under " + this.out, e);
        }
    }

    private Map<String, Long> bestKnown(Path instancesFolder) {
        Path file = bestKnownFile != null ? bestKnownFile
                : instancesFolder.getParent() == null ? null : instancesFolder.getParent().resolve("best_known.csv");
        Map<String, Long> values = new HashMap<>();
        if (file == null || !Files.isRegularFile(file)) {
            return values;
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                try {
                    values.put(row.get("instance"), Long.parseLong(row.get("best_known_ub").strip()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(file + " line " + row.getRecordNumber() + ", column 'best_known_ub': '"
                            + row.get("best_known_ub") + "' is not a whole number");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return values;
    }

    private static List<Path> instanceFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("Instance\\d+\\.txt"))
                    .sorted((a, b) -> Integer.compare(number(a), number(b))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static int number(Path file) {
        return Integer.parseInt(file.getFileName().toString().replaceAll("\\D", ""));
    }

    static String table(List<Result> results) {
        StringBuilder table = new StringBuilder(
                "| instance | objective | hard violations | best known | gap % | time to best (s) |\n|---|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            table.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %.1f |%n", r.instance(), r.objective(),
                    r.hard(), r.bestKnown() == null ? "n/a" : r.bestKnown().toString(), format(r.gapPercent()),
                    r.millisToBest() / 1000.0));
        }
        Double mean = meanGap(results, 7);
        table.append(String.format(Locale.ROOT, "%nMean gap on Instances 1–7: %s %%; feasible: %d of %d.%n", format(mean),
                results.stream().filter(r -> r.hard() == 0).count(), results.size()));
        return table.toString();
    }

    private static Double meanGap(List<Result> results, int upTo) {
        return results.stream().filter(r -> number(Path.of(r.instance() + ".txt")) <= upTo && r.gapPercent() != null)
                .mapToDouble(Result::gapPercent).average().stream().boxed().findFirst().orElse(null);
    }

    private static String format(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }
}
