package dev.frontline.forecast.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.frontline.forecast.engine.ForecastEngine;
import dev.frontline.forecast.engine.ForecastMethods;
import dev.frontline.forecast.engine.ForecastRequest;
import dev.frontline.forecast.engine.ForecastSettings;
import dev.frontline.forecast.engine.HistoryCsv;
import dev.frontline.forecast.engine.IntervalGrain;
import dev.frontline.forecast.engine.Observation;
import dev.frontline.forecast.engine.QueueForecast;
import dev.frontline.forecast.engine.RollingOriginProtocol;
import dev.frontline.forecast.engine.SyntheticHistory;
import dev.frontline.shared.bench.BenchmarkReport;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The forecast benchmark: the fixed accuracy protocol on real data (baselines and the automatic selection, 30-minute
 * intervals, last 10 weeks as weekly rolling origins) and the speed run (synthetic queues × 52 weeks of 15-minute
 * history, 6-week horizon, with selection). The last line printed is {@code WAPE30=<x.xx>%}.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Forecast accuracy (rolling origin on real data) and speed benchmark.")
public class ForecastBenchCommand implements Callable<Integer> {

    static final List<String> BASELINES = List.of(ForecastMethods.SEASONAL_NAIVE, ForecastMethods.WEEKDAY_MEAN_4, ForecastMethods.WEEKDAY_MEAN_8);

    @Spec
    CommandSpec spec;

    @Option(names = "--data", description = "CSV with date, interval_start, calls (default: ${DEFAULT-VALUE})",
            defaultValue = "../shared/data/callcenter_us_bank_2003_5min/calls_5min.csv")
    Path data;

    @Option(names = "--weeks", defaultValue = "10", description = "rolling-origin weeks at the end of the data (default: ${DEFAULT-VALUE})")
    int weeks;

    @Option(names = "--speed-queues", defaultValue = "20", description = "synthetic queues in the speed run; 0 skips it (default: ${DEFAULT-VALUE})")
    int speedQueues;

    @Option(names = "--no-report", description = "do not write the BenchmarkReport section")
    boolean noReport;

    @Option(names = "--corpus", description = "run the selection corpus instead: per series, the automatic selection against"
            + " the best simple baseline; ends with CORPUS_WORST=<points> (automatic minus best baseline, worst series)")
    boolean corpus;

    @Option(names = "--series", split = ",", description = "with --corpus: run only these series (names as printed)")
    List<String> series;

    @Option(names = "--long-range", description = "run the long-range backtest instead: the demo centre's queues over two"
            + " years, fit the first, forecast 78 weeks, score the second; ends with WAPE_MONTH=<x.x>%% COVER80=<x.x>%%")
    boolean longRange;

    @Option(names = "--last-day", defaultValue = "2026-11-29",
            description = "with --long-range: the last day of the generated demo history (default: ${DEFAULT-VALUE})")
    LocalDate lastDay;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (corpus) {
            return corpus(out);
        }
        if (longRange) {
            return longRange(out);
        }
        StringBuilder md = new StringBuilder();
        RollingOriginProtocol.Result chosen = null;
        if (!Files.isRegularFile(data)) {
            out.println("accuracy benchmark skipped: " + data + " is missing (see ../shared/data/README.md)");
        } else {
            chosen = accuracy(out, md);
        }
        if (speedQueues > 0) {
            speed(out, md);
        }
        if (!noReport) {
            BenchmarkReport.inWorkingDirectory().writeSection("forecast", "Forecast accuracy and speed",
                    "java -jar target/frontline.jar bench forecast --data " + data, md.toString());
            out.println("benchmark section 'forecast' written");
        }
        if (chosen != null) {
            out.printf("WAPE30=%.2f%%%n", chosen.wapePercent());
        }
        out.flush();
        return 0;
    }

    private RollingOriginProtocol.Result accuracy(PrintWriter out, StringBuilder md) {
        Map<String, List<Observation>> queues = HistoryCsv.read(data);
        List<Observation> rows = queues.values().stream().flatMap(List::stream).toList();
        RollingOriginProtocol protocol = new RollingOriginProtocol(rows, IntervalGrain.MINUTES_30, weeks);
        List<LocalDate> origins = protocol.origins();
        out.printf("accuracy: %s, 30-minute intervals, %d weekly origins %s .. %s%n", data, origins.size(), origins.get(0),
                origins.get(origins.size() - 1));
        md.append("Accuracy: `").append(data.getFileName()).append("`, 30-minute intervals, rolling origin over the last ")
                .append(weeks).append(" weeks (").append(origins.get(0)).append(" .. ").append(origins.get(origins.size() - 1))
                .append("), fit on everything before each Monday. Baselines run bare; \"(engine)\" rows run one method inside")
                .append(" the engine (special-day effects, intervals) without selection; the last row is the automatic selection.\n\n")
                .append("| method | WAPE 30 min | WAPE daily | scored intervals |\n|---|---:|---:|---:|\n");
        List<RollingOriginProtocol.Result> results = new ArrayList<>();
        for (String b : BASELINES) {
            results.add(protocol.evaluateBaseline(b));
        }
        for (String m : ForecastMethods.names()) {
            RollingOriginProtocol.Result alone = protocol.evaluateEngine(new ForecastEngine(new ForecastSettings(ForecastSettings.defaults().backtestWeeks(), 1, List.of(m))),
                    Progress.NONE, Cancellation.NONE);
            results.add(new RollingOriginProtocol.Result(m + " (engine)", alone.wapePercent(), alone.dailyWapePercent(),
                    alone.scoredIntervals(), alone.scoredDays(), Map.of(), alone.coverage80(), alone.coverage95()));
        }
        long t0 = System.nanoTime();
        RollingOriginProtocol.Result auto = protocol.evaluateEngine(new ForecastEngine(), Progress.NONE, Cancellation.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        results.add(auto);
        for (RollingOriginProtocol.Result r : results) {
            out.printf("  %-28s WAPE30 %5.2f %%   daily WAPE %5.2f %%   (%d intervals, %d days)%n", r.method(), r.wapePercent(),
                    r.dailyWapePercent(), r.scoredIntervals(), r.scoredDays());
            md.append(String.format("| %s | %.2f %% | %.2f %% | %d |%n", r.method(), r.wapePercent(), r.dailyWapePercent(), r.scoredIntervals()));
        }
        out.println("  chosen per origin: " + auto.choices());
        out.printf("  prediction-interval coverage: 80 %% bounds %.1f %%, 95 %% bounds %.1f %% of scored intervals%n",
                auto.coverage80(), auto.coverage95());
        out.printf("  automatic selection over %d origins took %.1f s%n", origins.size(), seconds);
        md.append("\nChosen per origin: ").append(auto.choices()).append(".\n\n")
                .append(String.format("Prediction-interval coverage of the automatic selection: 80 %% bounds %.1f %%, 95 %% bounds %.1f %%.%n%n",
                        auto.coverage80(), auto.coverage95()));
        return auto;
    }

    /**
     * Every corpus series through the fixed protocol (weekly rolling origins over its last weeks, 30-minute intervals):
     * the three simple baselines run bare, and the automatic selection. The goal is that automatic is never more
     * than 0.1 points worse than the best baseline.
     */
    private int corpus(PrintWriter out) {
        StringBuilder md = new StringBuilder("Selection corpus: each series through the fixed protocol (30-minute intervals,"
                + " weekly rolling origins over its last weeks, fit on everything before each origin). WAPE of the three"
                + " simple baselines run bare, of the automatic selection, and automatic minus the best baseline in points"
                + " (goal ≤ +0.10).\n\n| series | shape | weeks | seasonal naive | mean of 4 | mean of 8 | automatic | auto − best"
                + " | chosen per origin |\n|---|---|---:|---:|---:|---:|---:|---:|---|\n");
        double worst = Double.NEGATIVE_INFINITY;
        List<ForecastCorpus.Series> all = ForecastCorpus.build(data);
        if (!Files.isRegularFile(data)) {
            out.println("bank series skipped: " + data + " is missing (see ../shared/data/README.md)");
        }
        if (this.series != null && !this.series.isEmpty()) {
            all = all.stream().filter(s -> this.series.contains(s.name())).toList();
        }
        for (ForecastCorpus.Series series : all) {
            RollingOriginProtocol protocol = new RollingOriginProtocol(series.history(), IntervalGrain.MINUTES_30, series.weeks());
            double[] base = new double[BASELINES.size()];
            for (int i = 0; i < base.length; i++) {
                base[i] = protocol.evaluateBaseline(BASELINES.get(i)).wapePercent();
            }
            double best = Math.min(base[0], Math.min(base[1], base[2]));
            RollingOriginProtocol.Result auto = protocol.evaluateEngine(new ForecastEngine(), Progress.NONE, Cancellation.NONE);
            double gap = auto.wapePercent() - best;
            worst = Math.max(worst, gap);
            out.printf("  %-18s naive %6.2f %%  mean4 %6.2f %%  mean8 %6.2f %%  auto %6.2f %%  auto-best %+6.2f  %s%n",
                    series.name(), base[0], base[1], base[2], auto.wapePercent(), gap, auto.choices());
            md.append(String.format("| %s | %s | %d | %.2f %% | %.2f %% | %.2f %% | **%.2f %%** | %+.2f | %s |%n", series.name(),
                    series.shape(), series.weeks(), base[0], base[1], base[2], auto.wapePercent(), gap, auto.choices()));
        }
        if (!noReport) {
            BenchmarkReport.inWorkingDirectory().writeSection("forecast-corpus", "Forecast selection corpus",
                    "java -jar target/frontline.jar bench forecast --corpus --data " + data, md.toString());
            out.println("benchmark section 'forecast-corpus' written");
        }
        out.printf("CORPUS_WORST=%+.2f%n", worst);
        out.flush();
        return 0;
    }

    /** The centre of the long-range backtest; the command line's bench command provides the demo centre. */
    protected LongRangeHistorySource longRangeHistory() {
        return null;
    }

    /** The long-range backtest on the demo centre; the last line is {@code WAPE_MONTH=<x.x>% COVER80=<x.x>%}. */
    private int longRange(PrintWriter out) {
        StringBuilder md = new StringBuilder();
        long t0 = System.nanoTime();
        LongRangeHistorySource source = longRangeHistory();
        if (source == null) {
            out.println("long-range backtest skipped: no demo centre to generate history from (run it as 'frontline bench forecast --long-range')");
            out.flush();
            return 1;
        }
        LongRangeBench.Score main = new LongRangeBench(lastDay, source).run(out, md);
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.printf("long-range backtest took %.1f s%n", seconds);
        md.append(String.format("%nThe whole backtest (two protocols, five forecasts each, six queues) took %.1f s.%n", seconds));
        if (!noReport) {
            BenchmarkReport.inWorkingDirectory().writeSection("forecast-long-range", "Long-range forecast backtest",
                    "java -jar target/frontline.jar bench forecast --long-range", md.toString());
            out.println("benchmark section 'forecast-long-range' written");
        }
        out.printf("WAPE_MONTH=%.1f%% COVER80=%.1f%%%n", main.monthWape(), main.cover80());
        out.flush();
        return 0;
    }

    private void speed(PrintWriter out, StringBuilder md) {
        List<ForecastRequest> requests = new ArrayList<>();
        LocalDate first = LocalDate.of(2024, 1, 1);
        for (int q = 0; q < speedQueues; q++) {
            List<Observation> history = SyntheticHistory.queue(1000 + q, first, 52, IntervalGrain.MINUTES_15, 800 + 150 * q, q % 2 == 0);
            requests.add(ForecastRequest.of("synthetic-" + (q + 1), history, IntervalGrain.MINUTES_15, 42));
        }
        long t0 = System.nanoTime();
        List<QueueForecast> results = new ForecastEngine().forecastAll(requests, Progress.NONE, Cancellation.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long intervals = results.stream().mapToLong(r -> r.intervals().size()).sum();
        double meanWape = results.stream().mapToDouble(r -> r.explanation().backtestWapePercent()).average().orElse(0);
        out.printf("speed: %d synthetic queues × 52 weeks of 15-minute history, 6-week horizon, selection over %d methods: %.1f s"
                + " (%.2f s/queue, %d intervals forecast, target < 30 s), mean backtest WAPE %.2f %%%n",
                speedQueues, ForecastMethods.names().size(), seconds, seconds / speedQueues, intervals, meanWape);
        md.append(String.format("Speed: %d synthetic queues × 52 weeks of 15-minute history, 6-week horizon, automatic selection:"
                + " **%.1f s** (%.2f s per queue; target < 30 s), %d intervals forecast, mean backtest WAPE %.2f %%.%n",
                speedQueues, seconds, seconds / speedQueues, intervals, meanWape));
    }
}
