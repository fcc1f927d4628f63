package dev.frontline.capacity;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import dev.frontline.capacity.engine.WeeklyDemand;
import dev.frontline.capacity.persistence.CapacitySourceRepository;
import dev.frontline.forecast.LocalGrid;
import dev.frontline.forecast.LongRangeForecastService;
import dev.frontline.forecast.StoredLongRangeOverride;
import dev.frontline.forecast.engine.DailyTotal;
import dev.frontline.forecast.engine.LongRangeForecaster;
import dev.frontline.forecast.engine.LongRangeRequest;
import dev.frontline.forecast.engine.LongRangeTrend;
import dev.frontline.forecast.engine.LongRangeWeek;
import dev.frontline.forecast.persistence.LongRangeRepository;

/**
 * The capacity plan's demand from the long-range forecast (issue 17): each week's volume with its 80 % interval and
 * AHT, the planner's overrides applied, starting on the plan's first Monday. The forecast is the long-range engine's
 * with the damped trend, as {@code LongRangeForecastService#forecast} makes it; the daily totals it is fitted on are
 * read here because the service's own read of them is refused by PostgreSQL (a bind parameter inside its GROUP BY,
 * reported to the forecast's owner). A week without an AHT (a queue whose history has none) takes the mean AHT of
 * the weeks that have one, or five minutes.
 */
@Component
class LongRangeDemandSource implements CapacityDemandSource {

    /** AHT of a queue whose history has none at all: five minutes, a common voice handle time. */
    static final double DEFAULT_AHT_SECONDS = 300;

    private static final Logger log = LoggerFactory.getLogger(LongRangeDemandSource.class);

    private final LongRangeForecastService forecasts;
    private final LongRangeRepository history;
    private final CapacitySourceRepository sources;
    private final LongRangeForecaster engine = new LongRangeForecaster();

    LongRangeDemandSource(LongRangeForecastService forecasts, LongRangeRepository history,
            CapacitySourceRepository sources) {
        this.forecasts = forecasts;
        this.history = history;
        this.sources = sources;
    }

    @Override
    public List<WeeklyDemand> weeks(String queueCode, LocalDate firstWeek, int weeks) {
        CapacitySources.Queue queue = sources.queues().stream().filter(q -> q.code().equals(queueCode)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("queue: no queue " + queueCode));
        ZoneId zone = ZoneId.of(queue.timeZone());
        List<DailyTotal> history = this.history.dailyTotals(queue.id(), zone,
                LocalGrid.startOfDay(firstWeek.minusWeeks(LongRangeForecaster.MAX_HISTORY_WEEKS), zone),
                LocalGrid.startOfDay(firstWeek, zone));
        if (history.stream().mapToDouble(DailyTotal::offered).sum() == 0) {
            // a queue without contact history has nothing to plan for yet
            return List.of();
        }
        List<LongRangeWeek> all;
        try {
            all = engine.forecast(new LongRangeRequest(queueCode, history, firstWeek, weeks, LongRangeTrend.DAMPED,
                    forecasts.overrides(queueCode).stream().map(StoredLongRangeOverride::toEngine).toList())).weeks();
        } catch (IllegalArgumentException refused) {
            // the engine refuses a history it cannot forecast from (too few normal weeks): like a queue without
            // history, it is left out rather than stopping the plan of every other queue
            log.info("Capacity plan leaves out queue {}: {}", queueCode, refused.getMessage());
            return List.of();
        }
        double ahtSum = 0;
        int ahtWeeks = 0;
        for (LongRangeWeek w : all) {
            if (w.ahtSeconds() > 0) {
                ahtSum += w.ahtSeconds();
                ahtWeeks++;
            }
        }
        double fallbackAht = ahtWeeks > 0 ? ahtSum / ahtWeeks : DEFAULT_AHT_SECONDS;
        List<WeeklyDemand> out = new ArrayList<>();
        for (LongRangeWeek w : all) {
            if (w.weekStart().isBefore(firstWeek) || out.size() == weeks) {
                continue;
            }
            double volume = Math.max(0, w.volume());
            double lower = Math.min(volume, Math.max(0, w.lower80()));
            out.add(new WeeklyDemand(w.weekStart(), volume, lower, Math.max(volume, w.upper80()),
                    w.ahtSeconds() > 0 ? w.ahtSeconds() : fallbackAht));
        }
        return out;
    }

    @Override
    public int maxWeeks() {
        return LongRangeForecastService.MAX_WEEKS;
    }
}
