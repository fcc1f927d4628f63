package dev.frontline.forecast;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import dev.frontline.forecast.engine.DailyTotal;
import dev.frontline.forecast.engine.LongRangeForecast;
import dev.frontline.forecast.engine.LongRangeForecaster;
import dev.frontline.forecast.engine.LongRangeOverride;
import dev.frontline.forecast.engine.LongRangeRequest;
import dev.frontline.forecast.engine.LongRangeTrend;
import dev.frontline.forecast.persistence.ForecastQueueRepository;
import dev.frontline.forecast.persistence.LongRangeRepository;
import dev.frontline.security.CurrentUser;

/**
 * Long-range forecasts for capacity planning: a queue's weekly and monthly volume and AHT up to 78 weeks ahead from
 * its daily history (at most three years), with the planner's overrides applied. Planners and HR read; only planners
 * change overrides. Nothing is saved but the overrides: the forecast is recomputed from the history on every request
 * (a few milliseconds), so it is never out of date.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('PLANNER', 'HR')")
public class LongRangeForecastService {

    public static final int MAX_WEEKS = LongRangeForecaster.MAX_WEEKS;
    static final int MAX_REASON_LENGTH = 500;

    private final ForecastQueueRepository queues;
    private final LongRangeRepository repository;
    private final CurrentUser currentUser;
    private final LongRangeForecaster engine = new LongRangeForecaster();

    LongRangeForecastService(ForecastQueueRepository queues, LongRangeRepository repository, CurrentUser currentUser) {
        this.queues = queues;
        this.repository = repository;
        this.currentUser = currentUser;
    }

    public List<ForecastQueue> queues() {
        return queues.queues();
    }

    /** Weekly forecast of one queue from the Monday after its last history week, overrides applied; PLANNER or HR. */
    public LongRangeForecastResult forecast(String queueCode, int weeks) {
        return forecast(queueCode, weeks, LongRangeTrend.DAMPED);
    }

    /** The same with the trend the planner chose (damped, linear or none). */
    public LongRangeForecastResult forecast(String queueCode, int weeks, LongRangeTrend trend) {
        ForecastQueue queue = queue(queueCode);
        if (weeks < 1 || weeks > MAX_WEEKS) {
            throw new ForecastInputException("weeks", "longrange.error.weeks",
                    "the horizon must be 1 to " + MAX_WEEKS + " weeks, not " + weeks, weeks, MAX_WEEKS);
        }
        if (!queue.hasHistory()) {
            throw new ForecastInputException("queue", "forecast.error.no-history",
                    "queue " + queue.code() + " has no contact history yet", queue.label());
        }
        LocalDate end = queue.defaultStart();
        Instant from = LocalGrid.startOfDay(end.minusWeeks(LongRangeForecaster.MAX_HISTORY_WEEKS + 1L), queue.zone());
        List<DailyTotal> history = repository.dailyTotals(queue.id(), queue.zone(),
                from.isAfter(queue.historyStart()) ? from : queue.historyStart(), LocalGrid.startOfDay(end, queue.zone()));
        checkHistory(queue, history);
        List<StoredLongRangeOverride> overrides = repository.overrides(queue.id());
        LongRangeForecast forecast = engine.forecast(new LongRangeRequest(queue.code(), history, null, weeks,
                trend == null ? LongRangeTrend.DAMPED : trend, overrides.stream().map(StoredLongRangeOverride::toEngine).toList()));
        return new LongRangeForecastResult(queue.code(), queue.name(), forecast.explanation().trend(), forecast, overrides);
    }

    /** The planner's overrides of a queue, by first day. */
    public List<StoredLongRangeOverride> overrides(String queueCode) {
        return repository.overrides(queue(queueCode).id());
    }

    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public StoredLongRangeOverride addOverride(String queueCode, LongRangeOverrideInput input) {
        ForecastQueue queue = queue(queueCode);
        LongRangeOverride checked = check(input);
        long id = repository.insert(queue.id(), checked, currentUser.require().getUsername());
        return repository.override(queue.id(), id).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public StoredLongRangeOverride updateOverride(String queueCode, long overrideId, LongRangeOverrideInput input) {
        ForecastQueue queue = queue(queueCode);
        LongRangeOverride checked = check(input);
        if (!repository.update(queue.id(), overrideId, checked, currentUser.require().getUsername())) {
            throw unknownOverride(queue, overrideId);
        }
        return repository.override(queue.id(), overrideId).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasRole('PLANNER')")
    public void removeOverride(String queueCode, long overrideId) {
        ForecastQueue queue = queue(queueCode);
        if (!repository.delete(queue.id(), overrideId)) {
            throw unknownOverride(queue, overrideId);
        }
    }

    private static ForecastInputException unknownOverride(ForecastQueue queue, long id) {
        return new ForecastInputException("override", "longrange.override.error.unknown",
                "queue " + queue.code() + " has no override " + id, queue.label(), id);
    }

    private ForecastQueue queue(String queueCode) {
        if (queueCode == null || queueCode.isBlank()) {
            throw new ForecastInputException("queue", "forecast.error.queue-required", "choose a queue");
        }
        return queues.byCode(queueCode.trim()).orElseThrow(() -> new ForecastInputException(
                "queue", "forecast.error.queue-unknown", "no queue '" + queueCode + "'", queueCode));
    }

    /** The engine's own refusals, said in the planner's words before it is asked. */
    private static void checkHistory(ForecastQueue queue, List<DailyTotal> history) {
        if (history.isEmpty() || history.stream().mapToDouble(DailyTotal::offered).sum() == 0) {
            throw new ForecastInputException("queue", "longrange.error.no-contacts",
                    "queue " + queue.code() + " has no offered contacts in its history", queue.label());
        }
        LocalDate first = history.get(0).date();
        LocalDate last = history.get(history.size() - 1).date();
        long weeks = (ChronoUnit.DAYS.between(first, last) + 1) / 7;
        if (weeks < LongRangeForecaster.MIN_WEEKS) {
            throw new ForecastInputException("queue", "longrange.error.short-history",
                    "queue " + queue.code() + " has " + weeks + " weeks of history; a long-range forecast needs at least "
                            + LongRangeForecaster.MIN_WEEKS, queue.label(), weeks, LongRangeForecaster.MIN_WEEKS);
        }
    }

    private static LongRangeOverride check(LongRangeOverrideInput input) {
        if (input.from() == null) {
            throw new ForecastInputException("from", "longrange.override.error.from-required", "choose the first day");
        }
        if (input.to() != null && input.to().isBefore(input.from())) {
            throw new ForecastInputException("to", "longrange.override.error.to-before-from",
                    "the last day " + input.to() + " is before the first day " + input.from(), input.to(), input.from());
        }
        if (input.measure() == null) {
            throw new ForecastInputException("measure", "longrange.override.error.measure-required",
                    "choose whether the override changes the volume or the AHT");
        }
        Double percent = input.percent();
        if (percent == null || !Double.isFinite(percent)) {
            throw new ForecastInputException("percent", "longrange.override.error.percent-required", "enter the change in %");
        }
        if (percent == 0) {
            throw new ForecastInputException("percent", "forecast.adjust.error.value-zero", "a change of 0 changes nothing");
        }
        if (percent <= LongRangeOverride.MIN_PERCENT || percent > LongRangeOverride.MAX_PERCENT) {
            throw new ForecastInputException("percent", "longrange.override.error.percent-range",
                    "the change must be above -100 % and at most +1000 %, not " + percent, percent);
        }
        if (input.reason() == null || input.reason().isBlank()) {
            throw new ForecastInputException("reason", "longrange.override.error.reason-required", "a reason is required");
        }
        if (input.reason().trim().length() > MAX_REASON_LENGTH) {
            throw new ForecastInputException("reason", "forecast.adjust.error.reason-too-long",
                    "the reason is longer than " + MAX_REASON_LENGTH + " characters", MAX_REASON_LENGTH);
        }
        return new LongRangeOverride(input.from(), input.to(), input.measure(), Math.round(percent * 100) / 100.0,
                input.reason().trim());
    }
}
