package dev.frontline.attrition.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.frontline.attrition.engine.AttritionBacktest;
import dev.frontline.attrition.engine.BandHazard;
import dev.frontline.attrition.engine.Employment;
import dev.frontline.demo.DemoCentreGenerator;
import dev.frontline.shared.bench.BenchmarkReport;

/**
 * Backtests the attrition forecast on the demo centre's two years, generated in memory: the hazard by tenure band is
 * fitted on the records up to twelve months before the last complete month, the following twelve months are
 * forecast (with the hires actually made as the hiring plan) and compared with the leavers that happened.
 */
@Command(name = "attrition", mixinStandardHelpOptions = true,
        description = "Backtest the attrition forecast on the demo centre: monthly error and leavers_wape.")
public class AttritionBenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", description = "Demo centre seed (default: the demo's own, ${DEFAULT-VALUE}).")
    long seed = DemoCentreGenerator.DEMO_SEED;

    @Option(names = "--last-day", description = "Last day of the demo's history (default: the Sunday before today).")
    LocalDate lastDay;

    @Option(names = "--months", defaultValue = "12", description = "Months forecast after the cut-off (default ${DEFAULT-VALUE}).")
    int months;

    @Option(names = "--extra-seeds", defaultValue = "9",
            description = "Further demo centres (seeds + 1 ...) backtested alike, for the spread (default ${DEFAULT-VALUE}).")
    int extraSeeds;

    @Option(names = "--no-report", description = "Print only; do not write docs/benchmarks.md.")
    boolean noReport;

    @Override
    public Integer call() {
        if (months < 1 || months > 18 || extraSeeds < 0) {
            throw new IllegalArgumentException("bench attrition: --months must lie in 1..18 and --extra-seeds be at least 0");
        }
        PrintWriter out = spec.commandLine().getOut();
        LocalDate last = lastDay != null ? lastDay : DemoCentreGenerator.lastCompleteWeekEnd(LocalDate.now(Clock.systemUTC()));
        YearMonth cutoff = YearMonth.from(last).minusMonths(months);
        long started = System.nanoTime();
        AttritionBacktest.Result result = backtest(seed, last, cutoff);
        double seconds = (System.nanoTime() - started) / 1e9;

        out.printf(Locale.ROOT, "Demo centre seed %d, history to %s; records from %s; fitted up to %s, forecast %d months%n",
                seed, last, result.recordsFrom(), cutoff.atDay(1), months);
        out.println("Hazard by tenure band (fitted before the cut-off):");
        for (BandHazard band : result.fitted()) {
            out.printf(Locale.ROOT, "  %-9s %4d exits / %7.1f agent-months = %.4f a month (95 %% %.4f–%.4f), %.1f %% a year%n",
                    band.band().label(), band.exits(), band.exposureMonths(), band.monthlyRate(), band.lower(),
                    Double.isNaN(band.upper()) ? 0 : band.upper(), band.annualisedPercent());
        }
        out.println("month     forecast  95% interval  actual  error");
        for (AttritionBacktest.Month m : result.months()) {
            out.printf(Locale.ROOT, "%s  %8.2f  %5d – %-5d  %6d  %+6.2f%s%n", m.month(), m.forecast(), m.lower(), m.upper(),
                    m.actual(), m.error(), m.covered() ? "" : "  (outside)");
        }
        out.printf(Locale.ROOT, "%d-month total: forecast %.1f (95 %% %d–%d), actual %d; %d of %d months inside their interval%n",
                result.months().size(), result.forecastTotal().expected(), result.forecastTotal().lower(),
                result.forecastTotal().upper(), result.actualTotal(), result.monthsCovered(), result.months().size());
        out.printf(Locale.ROOT, "Noise floor: a forecast of exactly the realised monthly mean would still score a WAPE of about %s%% (Poisson months)%n",
                format(result.noiseFloorPercent()));
        List<String[]> spread = new ArrayList<>();
        double forecastSum = result.forecastTotal().expected();
        double actualSum = result.actualTotal();
        for (int i = 1; i <= extraSeeds; i++) {
            AttritionBacktest.Result other = backtest(seed + i, last, cutoff);
            forecastSum += other.forecastTotal().expected();
            actualSum += other.actualTotal();
            spread.add(new String[] {Long.toString(seed + i), format(other.wapePercent()), format(other.noiseFloorPercent()),
                    String.format(Locale.ROOT, "%.1f", other.forecastTotal().expected()), Integer.toString(other.actualTotal()),
                    other.monthsCovered() + "/" + other.months().size()});
            out.printf(Locale.ROOT, "seed %d: leavers_wape %s%%, total forecast %.1f vs actual %d, %d/%d months covered%n",
                    seed + i, format(other.wapePercent()), other.forecastTotal().expected(), other.actualTotal(),
                    other.monthsCovered(), other.months().size());
        }
        String bias = String.format(Locale.ROOT, "Over %d demo centres: mean %d-month total forecast %.1f, actual %.1f (bias %+.1f %%)",
                extraSeeds + 1, months, forecastSum / (extraSeeds + 1), actualSum / (extraSeeds + 1),
                100 * (forecastSum - actualSum) / actualSum);
        out.println(bias);
        out.printf(Locale.ROOT, "leavers_wape=%s%%%n", format(result.wapePercent()));
        out.flush();
        if (!noReport) {
            BenchmarkReport.inWorkingDirectory().writeSection("attrition", "Attrition forecast backtest",
                    "java -jar target/frontline.jar bench attrition", report(result, last, seconds, spread) + "\n" + bias + ".\n");
        }
        return 0;
    }

    private AttritionBacktest.Result backtest(long centreSeed, LocalDate last, YearMonth cutoff) {
        List<Employment> employments = DemoEmployments.of(new DemoCentreGenerator(centreSeed, last).generate());
        LocalDate recordsFrom = employments.stream().filter(e -> e.exitDate() != null).map(Employment::exitDate)
                .min(Comparator.naturalOrder()).orElseThrow().withDayOfMonth(1);
        return AttritionBacktest.run(employments, recordsFrom, cutoff, months);
    }

    private static String format(double percent) {
        return String.format(Locale.ROOT, "%.1f", percent);
    }

    private String report(AttritionBacktest.Result result, LocalDate last, double seconds, List<String[]> spread) {
        StringBuilder body = new StringBuilder(String.format(Locale.ROOT, """
                Demo centre (seed %d, history to %s, records from %s): hazard by tenure band fitted up to %s, the next
                %d months forecast with the hires actually made as the hiring plan, compared with the leavers that
                happened. WAPE = Σ |forecast − actual| / Σ actual over the months. Run time %.2f s.

                | month | forecast | 95 %% interval | actual | error |
                |---|---|---|---|---|
                """, seed, last, result.recordsFrom(), result.cutoff().atDay(1), result.months().size(),
                seconds));
        for (AttritionBacktest.Month m : result.months()) {
            body.append(String.format(Locale.ROOT, "| %s | %.2f | %d–%d | %d | %+.2f |%n", m.month(), m.forecast(),
                    m.lower(), m.upper(), m.actual(), m.error()));
        }
        body.append(String.format(Locale.ROOT, """

                Total over the horizon: forecast %.1f (95 %% %d–%d), actual %d; %d of %d months inside their interval.
                **leavers_wape=%s%%**. Noise floor: were each month's leavers Poisson with the realised monthly mean λ, a
                forecast of exactly λ would still score about %s%% (E|X − λ| / λ), because a month has only a few leavers.
                """, result.forecastTotal().expected(), result.forecastTotal().lower(), result.forecastTotal().upper(),
                result.actualTotal(), result.monthsCovered(), result.months().size(), format(result.wapePercent()),
                format(result.noiseFloorPercent())));
        if (!spread.isEmpty()) {
            body.append("\nOther demo centres, same dates:\n\n| seed | leavers WAPE % | noise floor % | total forecast | total actual | months covered |\n|---|---|---|---|---|---|\n");
            spread.forEach(row -> body.append("| ").append(String.join(" | ", row)).append(" |\n"));
        }
        return body.toString();
    }
}
