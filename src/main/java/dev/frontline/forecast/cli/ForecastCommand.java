package dev.frontline.forecast.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.frontline.forecast.engine.CapacityForecast;
import dev.frontline.forecast.engine.DayForecast;
import dev.frontline.forecast.engine.ForecastEngine;
import dev.frontline.forecast.engine.ForecastExplanation;
import dev.frontline.forecast.engine.ForecastRequest;
import dev.frontline.forecast.engine.HistoryCsv;
import dev.frontline.forecast.engine.IntervalForecast;
import dev.frontline.forecast.engine.IntervalGrain;
import dev.frontline.forecast.engine.MethodScore;
import dev.frontline.forecast.engine.Observation;
import dev.frontline.forecast.engine.QueueForecast;
import dev.frontline.forecast.engine.SpecialDay;
import dev.frontline.forecast.engine.SpecialDaysCsv;
import dev.frontline.shared.csv.SafeCsvPrinter;
import dev.frontline.shared.progress.Cancellation;
import dev.frontline.shared.progress.Progress;
import org.apache.commons.csv.CSVFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Forecasts every queue of a history CSV and writes the forecast with 80/95 % bounds and the model used. Up to six
 * weeks the output is per interval; a longer horizon (up to 53 weeks) is written per day for capacity planning.
 */
@Command(name = "forecast", mixinStandardHelpOptions = true,
        description = "Forecast offered volume and AHT per queue and interval from a history CSV (no database).")
public class ForecastCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--history", required = true, description = "CSV with date, interval_start, calls and optional queue, aht")
    Path history;

    @Option(names = "--horizon", defaultValue = "6w", description = "e.g. 2w, 6w, 42d; above 6w a day-level forecast up to 53w (default: ${DEFAULT-VALUE})")
    String horizon;

    @Option(names = "--grain", defaultValue = "30m", description = "15m, 30m or 60m (default: ${DEFAULT-VALUE})")
    String grain;

    @Option(names = "--out", required = true, description = "output CSV")
    Path out;

    @Option(names = "--start", description = "first forecast day (default: the day after the history)")
    LocalDate start;

    @Option(names = "--special-days", description = "CSV with date, type (closed|public_holiday|event), kind, uplift_percent")
    Path specialDays;

    @Override
    public Integer call() {
        PrintWriter console = spec.commandLine().getOut();
        int days = parseHorizon(horizon);
        IntervalGrain g = IntervalGrain.parse(grain);
        Map<String, List<Observation>> queues = HistoryCsv.read(history);
        List<SpecialDay> specials = specialDays == null ? List.of() : SpecialDaysCsv.read(specialDays);
        ForecastEngine engine = new ForecastEngine();
        boolean intervalLevel = days <= ForecastEngine.MAX_INTERVAL_HORIZON_DAYS;
        List<String[]> rows = new ArrayList<>();
        for (Map.Entry<String, List<Observation>> q : queues.entrySet()) {
            ForecastRequest request = new ForecastRequest(q.getKey(), q.getValue(), g, start, days, specials);
            Progress progress = (f, m) -> { };
            if (intervalLevel) {
                QueueForecast fc = engine.forecast(request, progress, Cancellation.NONE);
                String model = modelLabel(fc.explanation());
                for (IntervalForecast i : fc.intervals()) {
                    rows.add(new String[] {fc.queue(), i.date().toString(), i.start().toString(), num(i.offered()), num(i.ahtSeconds()),
                            num(i.lower80()), num(i.upper80()), num(i.lower95()), num(i.upper95()), model});
                }
                report(console, fc.queue(), fc.explanation(), fc.scores());
            } else {
                CapacityForecast fc = engine.forecastCapacity(request, progress, Cancellation.NONE);
                String model = modelLabel(fc.explanation());
                for (DayForecast d : fc.days()) {
                    rows.add(new String[] {fc.queue(), d.date().toString(), d.closed() ? "closed" : "open", num(d.offered()),
                            num(d.lower80()), num(d.upper80()), num(d.lower95()), num(d.upper95()), model});
                }
                report(console, fc.queue(), fc.explanation(), fc.scores());
            }
        }
        String[] header = intervalLevel
                ? new String[] {"queue", "date", "interval_start", "offered", "aht", "lower80", "upper80", "lower95", "upper95", "model"}
                : new String[] {"queue", "date", "status", "offered", "lower80", "upper80", "lower95", "upper95", "model"};
        write(header, rows);
        console.printf("wrote %d %s rows to %s%n", rows.size(), intervalLevel ? "interval" : "day", out);
        console.flush();
        return 0;
    }

    static int parseHorizon(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("w")) {
                return Integer.parseInt(t.substring(0, t.length() - 1)) * 7;
            }
            return Integer.parseInt(t.endsWith("d") ? t.substring(0, t.length() - 1) : t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--horizon '" + text + "' is not like 6w or 42d");
        }
    }

    private static String modelLabel(ForecastExplanation e) {
        return e.members().size() > 1 ? e.method() + "(" + String.join("+", e.members()) + ")" : e.method();
    }

    private static void report(PrintWriter console, String queue, ForecastExplanation e, List<MethodScore> scores) {
        console.printf("queue %s: %s, backtest WAPE %.2f %% (training %s .. %s, %d days)%n", queue, modelLabel(e),
                e.backtestWapePercent(), e.trainingFrom(), e.trainingTo(), e.trainingDays());
        for (MethodScore s : scores) {
            if (s.applicable()) {
                console.printf("  %s %-20s WAPE %6.2f %%  daily %6.2f %%  bias %+6.2f %%%n", s.chosen() ? "*" : " ", s.method(),
                        s.wapePercent(), s.dailyWapePercent(), s.biasPercent());
            } else {
                console.printf("    %-20s n/a: %s%n", s.method(), s.note() == null ? "" : s.note().english());
            }
        }
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private void write(String[] header, List<String[]> rows) {
        try {
            if (out.toAbsolutePath().getParent() != null) {
                Files.createDirectories(out.toAbsolutePath().getParent());
            }
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                 SafeCsvPrinter printer = new SafeCsvPrinter(w, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
                for (String[] r : rows) {
                    printer.printRecord((Object[]) r);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + out, e);
        }
    }
}
