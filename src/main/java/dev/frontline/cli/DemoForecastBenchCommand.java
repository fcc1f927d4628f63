package dev.frontline.cli;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import picocli.CommandLine.Command;

import dev.frontline.demo.DemoCentre;
import dev.frontline.demo.DemoCentreGenerator;
import dev.frontline.forecast.cli.ForecastBenchCommand;
import dev.frontline.forecast.cli.LongRangeHistorySource;
import dev.frontline.forecast.engine.DailyTotal;

/**
 * {@code bench forecast} with the demo centre as the long-range backtest's history. It lives here because the demo
 * seeds forecasts: the forecast feature may not depend on the demo package, the command line may depend on both.
 */
@Command(name = "forecast")
public class DemoForecastBenchCommand extends ForecastBenchCommand {

    @Override
    protected LongRangeHistorySource longRangeHistory() {
        return new DemoHistory();
    }

    /** The demo centre's queues, generated with the seeded demo's seed over as many weeks as asked. */
    static final class DemoHistory implements LongRangeHistorySource {

        @Override
        public String describe() {
            return "the demo centre's six queues (seed " + DemoCentreGenerator.DEMO_SEED + ")";
        }

        @Override
        public Map<String, List<DailyTotal>> history(int weeks, LocalDate lastDay) {
            DemoCentre centre = new DemoCentreGenerator(DemoCentreGenerator.DEMO_SEED, lastDay, weeks).generate();
            Map<String, ZoneId> zones = new LinkedHashMap<>();
            centre.queues().forEach(q -> zones.put(q.code(), ZoneId.of(q.timeZone())));
            Map<String, TreeMap<LocalDate, double[]>> sums = new LinkedHashMap<>();
            for (DemoCentre.HistoryRow row : centre.history()) {
                LocalDate day = row.intervalStart().atZoneSameInstant(zones.get(row.queueCode())).toLocalDate();
                double[] s = sums.computeIfAbsent(row.queueCode(), k -> new TreeMap<>()).computeIfAbsent(day, k -> new double[3]);
                s[0] += row.offered();
                if (row.ahtSeconds() != null && row.handled() > 0) {
                    s[1] += row.handled() * row.ahtSeconds();
                    s[2] += row.handled();
                }
            }
            Map<String, List<DailyTotal>> out = new LinkedHashMap<>();
            sums.forEach((queue, byDay) -> {
                List<DailyTotal> totals = new ArrayList<>();
                byDay.forEach((day, s) -> totals.add(new DailyTotal(day, s[0], s[2] > 0 ? s[1] / s[2] : null)));
                out.put(queue, totals);
            });
            return out;
        }
    }
}
