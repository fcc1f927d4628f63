package dev.frontline.forecast;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import dev.frontline.forecast.engine.ForecastEngine;
import dev.frontline.forecast.engine.ForecastRequest;
import dev.frontline.forecast.engine.IntervalGrain;
import dev.frontline.forecast.engine.Observation;
import dev.frontline.forecast.engine.SpecialDay;
import dev.frontline.forecast.persistence.ForecastQueueRepository;
import dev.frontline.forecast.persistence.SpecialEventRepository;
import dev.frontline.shared.time.PublicHolidays;
import dev.frontline.shared.text.Phrase;

/**
 * Checks a planner's forecast request and turns it into the engine's input: the queue's history before the first
 * forecast day in its local time, its country's public holidays and the planner's events.
 */
@Component
class ForecastInputs {

    /** Enough for the longest-memory method (annual Fourier terms use three years); older history is not read. */
    static final int MAX_HISTORY_WEEKS = 156;
    /** Two weeks: one to fit on and at least one backtest week. */
    static final int MIN_HISTORY_DAYS = 14;
    static final String HOLIDAY_KIND = "public holiday";

    private final ForecastQueueRepository queues;
    private final SpecialEventRepository events;

    ForecastInputs(ForecastQueueRepository queues, SpecialEventRepository events) {
        this.queues = queues;
        this.events = events;
    }

    /** A checked request: cheap checks only, so the caller hears about bad input at once. */
    record Checked(ForecastQueue queue, LocalDate start, int horizonDays, IntervalGrain grain) {
    }

    /** The engine request with what went into it. */
    record Prepared(Checked checked, ForecastRequest request, List<HistoryInterval> history, List<Phrase> notes) {
    }

    Checked check(ForecastRunRequest request) {
        if (request.queueCode() == null || request.queueCode().isBlank()) {
            throw new ForecastInputException("queue", "forecast.error.queue-required", "choose a queue");
        }
        ForecastQueue queue = queues.byCode(request.queueCode().trim()).orElseThrow(() -> new ForecastInputException(
                "queue", "forecast.error.queue-unknown", "no queue '" + request.queueCode() + "'", request.queueCode()));
        if (request.horizonWeeks() < 1 || request.horizonWeeks() > ForecastEngine.MAX_INTERVAL_HORIZON_DAYS / 7) {
            throw new ForecastInputException("horizon", "forecast.error.horizon",
                    "the horizon must be 1 to 6 weeks, not " + request.horizonWeeks(), request.horizonWeeks());
        }
        IntervalGrain grain;
        try {
            grain = IntervalGrain.ofMinutes(request.grainMinutes());
        } catch (IllegalArgumentException e) {
            throw new ForecastInputException("grain", "forecast.error.grain",
                    "the grain must be 15, 30 or 60 minutes, not " + request.grainMinutes(), request.grainMinutes());
        }
        if (!queue.hasHistory()) {
            throw new ForecastInputException("queue", "forecast.error.no-history",
                    "queue " + queue.code() + " has no contact history yet", queue.label());
        }
        LocalDate latest = queue.defaultStart();
        LocalDate start = request.start() == null ? latest : request.start();
        if (request.start() != null && start.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new ForecastInputException("start", "forecast.error.start-monday",
                    "the first forecast day must be a Monday, " + start + " is a " + start.getDayOfWeek(), start);
        }
        if (start.isAfter(latest)) {
            throw new ForecastInputException("start", "forecast.error.start-after-history",
                    "the first forecast day " + start + " leaves a gap after the last history day " + latest.minusDays(1),
                    start, latest.minusDays(1));
        }
        LocalDate firstHistoryDay = LocalGrid.localDate(queue.historyStart(), queue.zone());
        if (start.isBefore(firstHistoryDay.plusDays(MIN_HISTORY_DAYS))) {
            throw new ForecastInputException("start", "forecast.error.start-too-early",
                    "the first forecast day " + start + " leaves less than two weeks of history (it starts " + firstHistoryDay + ")",
                    start, firstHistoryDay);
        }
        return new Checked(queue, start, request.horizonWeeks() * 7, grain);
    }

    /** Reads the history and calendar; slower, so it runs on the background thread. */
    Prepared prepare(Checked c) {
        ForecastQueue queue = c.queue();
        Instant end = LocalGrid.startOfDay(c.start(), queue.zone());
        Instant from = LocalGrid.startOfDay(c.start().minusWeeks(MAX_HISTORY_WEEKS), queue.zone());
        List<HistoryInterval> history = queues.history(queue.id(), from.isAfter(queue.historyStart()) ? from : queue.historyStart(), end);
        if (history.isEmpty()) {
            throw new ForecastInputException("start", "forecast.error.no-history-before",
                    "queue " + queue.code() + " has no history before " + c.start(), queue.label(), c.start());
        }
        int coarsest = history.stream().mapToInt(HistoryInterval::minutes).max().orElse(0);
        if (coarsest > c.grain().minutes()) {
            throw new ForecastInputException("grain", "forecast.error.grain-finer-than-history",
                    "the history has " + coarsest + "-minute intervals; choose a grain of at least " + coarsest + " minutes",
                    coarsest);
        }
        List<Observation> observations = history.stream()
                .map(h -> new Observation(LocalGrid.localDate(h.start(), queue.zone()), LocalGrid.localTime(h.start(), queue.zone()),
                        h.offered(), h.ahtSeconds()))
                .toList();
        List<Phrase> notes = new ArrayList<>();
        List<SpecialDay> specialDays = new ArrayList<>();
        LocalDate firstDay = observations.get(0).date();
        LocalDate lastForecastDay = c.start().plusDays(c.horizonDays() - 1L);
        try {
            Set<LocalDate> holidays = PublicHolidays.between(queue.countryCode(), firstDay, lastForecastDay);
            holidays.forEach(d -> specialDays.add(SpecialDay.holiday(d, HOLIDAY_KIND)));
            notes.add(Phrase.of("forecast.input.holidays", holidays.size(), queue.countryCode(), firstDay, lastForecastDay));
        } catch (IllegalArgumentException unknownCountry) {
            notes.add(Phrase.of("forecast.input.no-holidays", queue.countryCode()));
        }
        // Events come after holidays: on a day that is both, the planner's event is what the engine uses.
        List<StoredSpecialEvent> queueEvents = events.forQueue(queue.id()).stream()
                .filter(e -> !e.date().isAfter(lastForecastDay)).toList();
        queueEvents.forEach(e -> specialDays.add(SpecialDay.event(e.date(), e.kind(), e.upliftPercent())));
        long future = queueEvents.stream().filter(e -> !e.date().isBefore(c.start())).count();
        notes.add(Phrase.of("forecast.input.events", queueEvents.size(), future));
        ForecastRequest request = new ForecastRequest(queue.code(), observations, c.grain(), c.start(), c.horizonDays(), specialDays);
        return new Prepared(c, request, history, notes);
    }
}
