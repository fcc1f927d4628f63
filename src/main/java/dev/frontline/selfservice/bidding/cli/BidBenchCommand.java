package dev.frontline.selfservice.bidding.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.frontline.selfservice.bidding.engine.Allocation;
import dev.frontline.selfservice.bidding.engine.SyntheticRound;
import dev.frontline.shared.bench.BenchmarkReport;

/**
 * {@code bench bids}: the line-bidding allocation (serial dictatorship with the matching guard) on made-up rounds of
 * the given sizes, no database. Prints the median and worst time of several runs after a warm-up, the share of first
 * choices and agents left without a line (0: a perfect assignment exists), and writes docs/benchmarks.md.
 */
@Command(name = "bids", mixinStandardHelpOptions = true,
        description = "Line-bidding allocation time for rounds of 150 and 2,000 agents.")
public class BidBenchCommand implements Callable<Integer> {

    @Option(names = "--agents", split = ",", defaultValue = "150,2000", description = "round sizes (default ${DEFAULT-VALUE})")
    List<Integer> sizes;
    @Option(names = "--ranked", defaultValue = "10", description = "lines each agent ranks (default ${DEFAULT-VALUE})")
    int ranked;
    @Option(names = "--runs", defaultValue = "7", description = "timed runs per size (default ${DEFAULT-VALUE})")
    int runs;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (runs < 1 || ranked < 0 || sizes.stream().anyMatch(n -> n < 1)) {
            out.println("error: need --runs ≥ 1, --ranked ≥ 0 and sizes ≥ 1");
            return 2;
        }
        StringBuilder table = new StringBuilder("""
                | agents | lines | median ms | worst ms | first choices | a ranked line | without a line |
                |---:|---:|---:|---:|---:|---:|---:|
                """);
        for (int n : sizes) {
            Allocation.Problem problem = SyntheticRound.of(n, ranked, 20261206L + n);
            for (int i = 0; i < 3; i++) {
                Allocation.allocate(problem);
            }
            double[] millis = new double[runs];
            List<Allocation.Award> awards = null;
            for (int i = 0; i < runs; i++) {
                long started = System.nanoTime();
                awards = Allocation.allocate(problem);
                millis[i] = (System.nanoTime() - started) / 1e6;
            }
            Arrays.sort(millis);
            long first = awards.stream().filter(a -> a.rank() == 1).count();
            long rankedLine = awards.stream().filter(a -> a.rank() > 0).count();
            long without = awards.stream().filter(a -> a.line() < 0).count();
            String row = String.format(java.util.Locale.ROOT, "| %d | %d | %.1f | %.1f | %.0f %% | %.0f %% | %d |%n", n,
                    problem.copies().length, millis[runs / 2], millis[runs - 1], 100.0 * first / n, 100.0 * rankedLine / n,
                    without);
            out.print(row);
            table.append(row);
        }
        BenchmarkReport.inWorkingDirectory().writeSection("bids", "Line bidding: allocation time",
                "java -jar target/frontline.jar bench bids --agents " + sizes.stream().map(String::valueOf)
                        .reduce((a, b) -> a + "," + b).orElse("") + " --ranked " + ranked + " --runs " + runs,
                """
                Serial dictatorship with the bipartite-matching guard (`selfservice.bidding.engine.Allocation`) on
                made-up rounds (`SyntheticRound`): one schedule per agent merged into about a third as many lines, four
                skill sets, each agent holding one to three and ranking %d eligible lines with a taste for the popular
                ones, in a random order. Median and worst of %d runs after three warm-up runs, on one core of the
                shared build machine. A perfect assignment exists in every round, so nobody is left without a line.

                %s""".formatted(ranked, runs, table));
        out.flush();
        return 0;
    }
}
